#pragma once

#include <QPointer>
#include <QWidget>

class OrgSession;
class QStackedWidget;
class QTreeView;
class TrustTreeModel;

//! Trustees (organizations we let in, with their users and the roles we gave them) and trustors
//! (organizations that let us in, with our users there), side by side, over the session's
//! TrustStore.
class TrustsPage : public QWidget {
    Q_OBJECT
public:
    explicit TrustsPage(QWidget* parent = nullptr);

    void setSession(OrgSession* session);
    //! Shows and selects a trustee or trustor organization.
    void select(const QString& orgId);
    QTreeView* trustees() const { return m_trustees; }
    QTreeView* trustors() const { return m_trustors; }
    TrustTreeModel* trusteeModel() const { return m_trusteeModel; }
    TrustTreeModel* trustorModel() const { return m_trustorModel; }

private:
    QTreeView* makeTree(TrustTreeModel* model, const QString& name);
    //! The tree, or the sentence that says it is empty.
    QWidget* withEmptyState(QTreeView* tree, const QString& empty);

    TrustTreeModel* m_trusteeModel;
    TrustTreeModel* m_trustorModel;
    QTreeView* m_trustees;
    QTreeView* m_trustors;
};
