#pragma once

#include <QPointer>
#include <QWidget>

class OrgSession;

class PermissionCatalogModel;
class PermissionFilterProxy;
class QLabel;
class QLineEdit;
class QTreeView;

//! The permission catalog as a searchable tree: domain -> entity -> action, with labels,
//! conditions and division awareness.
class CatalogPage : public QWidget {
    Q_OBJECT
public:
    explicit CatalogPage(QWidget* parent = nullptr);

    //! Shows the session's catalog, and follows it; nullptr for none.
    void setSession(OrgSession* session);
    PermissionCatalogModel* model() const { return m_model; }
    QLineEdit* searchField() const { return m_search; }
    QTreeView* tree() const { return m_tree; }
    //! Shows and selects a permission ("domain:entity:action").
    void select(const QString& permission);
    void updateSummary();
    //! The permission ("domain:entity:action") of the current row; empty on a domain or entity.
    QString currentPermission() const;

Q_SIGNALS:
    //! "Who can do this?" for a permission: double-click, or the context menu.
    void whoCanRequested(const QString& permission);

private:
    PermissionCatalogModel* m_model;
    PermissionFilterProxy* m_proxy;
    QLineEdit* m_search;
    QTreeView* m_tree;
    QLabel* m_summary;
    QPointer<OrgSession> m_session;
};
