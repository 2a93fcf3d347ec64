#pragma once

#include "OrgData.h"

#include <QWidget>

class QTreeWidget;

//! Trustees (organizations we let in, with their users and the roles we gave them) and trustors
//! (organizations that let us in, with our users there), side by side.
class TrustsPage : public QWidget {
    Q_OBJECT
public:
    explicit TrustsPage(QWidget* parent = nullptr);

    void setData(const OrgData& org);
    //! Shows and selects a trustee or trustor organization.
    void select(const QString& orgId);
    QTreeWidget* trustees() const { return m_trustees; }
    QTreeWidget* trustors() const { return m_trustors; }

private:
    QTreeWidget* m_trustees;
    QTreeWidget* m_trustors;
};
