#pragma once

#include "diff/DefaultComparison.h"
#include "diff/RoleDiff.h"
#include "wire/ApiStatus.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class DiffFilterProxy;
class DiffTreeModel;
class OrgSession;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QToolBar;
class QTreeView;
class RoleMatrixModel;
struct OrgData;

//! The Compare workspace: two roles side by side as a tree of differences (domain -> entity ->
//! action, + - ~ with colour), a role against its default as the server and the engine see it,
//! several roles as a matrix, and the restores of default roles. The left side is a role of
//! this org, a snapshot or another connected org; the right side is the same, or "its default".
class ComparePage : public QWidget {
    Q_OBJECT
public:
    explicit ComparePage(QWidget* parent = nullptr);
    ~ComparePage() override;

    //! This organization; nullptr for none. Forgets every comparison shown.
    void setSession(OrgSession* session);
    //! Another connected organization to pick roles from (not owned; gone when it is deleted).
    void addOrganization(OrgSession* other);
    //! A snapshot file to pick roles from; false with *error when it cannot be read.
    bool addSnapshot(const QString& path, QString* error);

    //! Compares a role of this org with its default: the saved role (A6), or the draft as it is
    //! now, unsaved edits included (A12). The result arrives asynchronously.
    void compareWithDefault(const DomainOrganizationRole& role, bool isDraft);
    //! Compares what the two pickers name now.
    void compareSelected();
    //! Picks a side by source index and role id (for Ctrl+K, tests and the screenshot script).
    bool pick(int side, int source, const QString& roleId);
    //! Shows the matrix of these roles of this org (2 to 8).
    void showMatrix(const QStringList& roleIds);

    void nextDifference();
    void previousDifference();
    void copyAsText();
    //! Hands the checked differences to the editor (see takeBackRequested).
    void takeBackChecked();

    void restoreDefaults(const QStringList& preselected = {});
    void addMissingDefaults();
    void resetAllDefaults();
    void undoRestore();

    // For tests and the screenshot script.
    QComboBox* sourceBox(int side) const;
    QComboBox* roleBox(int side) const;
    QTreeView* tree() const { return m_tree; }
    DiffTreeModel* treeModel() const { return m_model; }
    DiffFilterProxy* treeProxy() const { return m_proxy; }
    QCheckBox* differencesOnlyBox() const { return m_differencesOnly; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* agreementLabel() const { return m_agreement; }
    QPlainTextEdit* serverView() const { return m_serverView; }
    QPushButton* takeBackButton() const { return m_takeBack; }
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* matrixRoles() const { return m_matrixRoles; }
    RoleMatrixModel* matrixModel() const { return m_matrix; }
    QTableView* matrixView() const { return m_matrixView; }
    QLabel* matrixSummary() const { return m_matrixSummary; }
    QAction* restoreAction() const { return m_restore; }
    QAction* addMissingAction() const { return m_addMissing; }
    QAction* resetAllAction() const { return m_resetAll; }
    QAction* undoRestoreAction() const { return m_undoRestore; }
    //! The last comparison with a default, as the server and the engine gave it.
    const DefaultComparisonResult* defaultComparison() const;
    bool isComparing() const { return Operation::isRunning(m_running); }

Q_SIGNALS:
    //! The admin checked differences to take back in this role of this org: the editor applies
    //! RoleDiff::takeBack to its draft as one undoable step.
    void takeBackRequested(const QString& roleId,
                           const QList<DomainPermissionPolicy>& defaultPolicies,
                           const QStringList& permissions);
    void otherOrganizationRequested();
    void errorOccurred(const QString& operation, const ApiStatus& status);
    void message(const QString& text);

private:
    struct Source;
    const Source* source(int side) const;
    const DomainOrganizationRole* pickedRole(int side) const;
    void fillSources();
    void fillRoles(int side);
    void showResult(const RoleDiff::Result& result, const QString& left, const QString& right);
    void showDefaultResult(const DefaultComparisonResult& result, bool isDraft);
    void clearResult(const QString& why);
    void fillMatrixRoles();
    void updateMatrix();
    void updateActions();
    bool isLive() const;
    QStringList defaultRoleIds(bool needsUpdateOnly) const;
    void jumpDifference(int direction);
    static QString idleHint();
    QStringList matrixCheckedIds() const;
    void runRestoreDialog(int mode, const QStringList& roleIds);

    QPointer<OrgSession> m_session;
    std::vector<std::unique_ptr<Source>> m_sources;
    QPointer<DefaultComparison> m_running;
    std::optional<DefaultComparisonResult> m_default;
    bool m_defaultIsDraft = false;
    QString m_leftLabel;
    QString m_rightLabel;

    QToolBar* m_toolbar;
    QComboBox* m_sourceBox[2];
    QComboBox* m_roleBox[2];
    QPushButton* m_compare;
    QLabel* m_summary;
    QLabel* m_agreement;
    QPushButton* m_showServer;
    QPlainTextEdit* m_serverView;
    QTabWidget* m_tabs;
    DiffTreeModel* m_model;
    DiffFilterProxy* m_proxy;
    QTreeView* m_tree;
    QCheckBox* m_differencesOnly;
    QLineEdit* m_search;
    QPushButton* m_takeBack;
    QListWidget* m_matrixRoles;
    QLineEdit* m_matrixFilter;
    RoleMatrixModel* m_matrix;
    QTableView* m_matrixView;
    QCheckBox* m_matrixDifferencesOnly;
    QLabel* m_matrixSummary;
    QAction* m_restore = nullptr;
    QAction* m_addMissing = nullptr;
    QAction* m_resetAll = nullptr;
    QAction* m_undoRestore = nullptr;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
    QAction* m_copy = nullptr;
};
