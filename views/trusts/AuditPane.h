#pragma once

#include "org/Operation.h"
#include "trusts/TrustAudit.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

//! Trust audits: what partners' users did here (O19) or what this org's users did in
//! organizations that trust it (O20). A period, organization and user pickers, a phrase, pages
//! sorted by time, a table of entries with the selected one's full JSON, and CSV export.
class AuditPane : public QWidget {
    Q_OBJECT
public:
    explicit AuditPane(QWidget* parent = nullptr);

    void setSession(OrgSession* session);
    void setSide(AuditQuestion::Side side);
    //! Runs the query for `page` (1-based) with what the form says.
    void search(int page = 1);
    //! Writes the entries shown as CSV (owner-only: they name people).
    bool exportCsv(const QString& path, QString* error);

    QComboBox* sideBox() const { return m_side; }
    QComboBox* organizationBox() const { return m_org; }
    QComboBox* userBox() const { return m_user; }
    QDateTimeEdit* fromEdit() const { return m_from; }
    QDateTimeEdit* toEdit() const { return m_to; }
    QLineEdit* phraseEdit() const { return m_phrase; }
    QComboBox* orderBox() const { return m_order; }
    QPushButton* searchButton() const { return m_search; }
    QPushButton* nextButton() const { return m_next; }
    QPushButton* previousButton() const { return m_previous; }
    QLabel* pageLabel() const { return m_pageLabel; }
    QTreeView* table() const { return m_table; }
    QPlainTextEdit* jsonView() const { return m_json; }
    AuditTableModel* model() const { return m_model; }
    bool isSearching() const { return Operation::isRunning(m_running); }

Q_SIGNALS:
    void errorOccurred(const QString& operation, const ApiStatus& status);
    void searched();

private:
    void fillPickers();
    void fillUsers();
    AuditQuestion::Side side() const;

    QPointer<OrgSession> m_session;
    QPointer<AuditSearch> m_running;
    AuditTableModel* m_model;
    QComboBox* m_side;
    QComboBox* m_org;
    QComboBox* m_user;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QLineEdit* m_phrase;
    QComboBox* m_order;
    QPushButton* m_search;
    QPushButton* m_previous;
    QPushButton* m_next;
    QPushButton* m_export;
    QLabel* m_pageLabel;
    QTreeView* m_table;
    QPlainTextEdit* m_json;
    int m_page = 1;
    int m_pageCount = 0;
};
