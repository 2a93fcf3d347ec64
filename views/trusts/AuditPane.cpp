#include "trusts/AuditPane.h"

#include "common/MessageBox.h"
#include "org/PrivateFile.h"
#include "trusts/TrustStore.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

//! A form label whose mnemonic goes to `buddy` (a row whose field is a layout has none).
QLabel* buddyLabel(const QString& text, QWidget* buddy) {
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AuditPane::AuditPane(QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditTableModel(this))
    , m_side(new QComboBox)
    , m_org(new QComboBox)
    , m_user(new QComboBox)
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-30)))
    , m_to(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(3600)))
    , m_phrase(new QLineEdit)
    , m_order(new QComboBox)
    , m_search(new QPushButton(QIcon(u":/icons/search.svg"_s), tr("&Search")))
    , m_previous(new QPushButton(tr("◀ Newer")))
    , m_next(new QPushButton(tr("Older ▶")))
    , m_export(new QPushButton(tr("&Export CSV…")))
    , m_pageLabel(new QLabel(tr("Choose a period and search.")))
    , m_table(new QTreeView)
    , m_json(new QPlainTextEdit) {
    m_side->addItem(tr("What partners' users did here (trustee audits)"),
                    int(AuditQuestion::Side::Trustee));
    m_side->addItem(tr("What our users did in organizations that trust us (trustor audits)"),
                    int(AuditQuestion::Side::Trustor));
    m_order->addItem(tr("Newest first"), true);
    m_order->addItem(tr("Oldest first"), false);
    for (QDateTimeEdit* e : {m_from, m_to})
        e->setCalendarPopup(true);
    m_phrase->setPlaceholderText(tr("Words in the action, entity or message"));
    m_phrase->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setAccessibleName(tr("Audit entries"));
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(int(AuditTableModel::Column::Message),
                                            QHeaderView::Stretch);
    m_table->header()->setStretchLastSection(false);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setPlaceholderText(tr("The selected entry, in full."));
    m_json->setAccessibleName(tr("Selected entry as JSON"));
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_export->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Audits:"), m_side);
    auto* whoRow = new QHBoxLayout;
    whoRow->addWidget(m_org, 1);
    whoRow->addWidget(buddyLabel(tr("&User:"), m_user));
    whoRow->addWidget(m_user, 1);
    form->addRow(buddyLabel(tr("&Organization:"), m_org), whoRow);
    auto* whenRow = new QHBoxLayout;
    whenRow->addWidget(m_from);
    whenRow->addWidget(new QLabel(tr("to")));
    whenRow->addWidget(m_to);
    whenRow->addWidget(m_order);
    whenRow->addStretch();
    form->addRow(buddyLabel(tr("&From:"), m_from), whenRow);
    auto* phraseRow = new QHBoxLayout;
    phraseRow->addWidget(m_phrase, 1);
    phraseRow->addWidget(m_search);
    form->addRow(buddyLabel(tr("P&hrase:"), m_phrase), phraseRow);

    auto* pageRow = new QHBoxLayout;
    pageRow->addWidget(m_previous);
    pageRow->addWidget(m_pageLabel, 1);
    pageRow->addWidget(m_next);
    pageRow->addWidget(m_export);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_json);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(pageRow);
    layout->addWidget(split, 1);

    connect(m_side, &QComboBox::currentIndexChanged, this, &AuditPane::fillPickers);
    connect(m_org, &QComboBox::currentIndexChanged, this, &AuditPane::fillUsers);
    connect(m_search, &QPushButton::clicked, this, [this] { search(1); });
    connect(m_phrase, &QLineEdit::returnPressed, this, [this] { search(1); });
    connect(m_previous, &QPushButton::clicked, this, [this] { search(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { search(m_page + 1); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_json->setPlainText(current.data(AuditTableModel::JsonRole).toString());
            });
    connect(m_export, &QPushButton::clicked, this, [this] {
        QFileDialog dialog(this, tr("Export audit entries"), QDir::homePath(),
                           tr("CSV files (*.csv)"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setDefaultSuffix(u"csv"_s);
        dialog.selectFile(u"trust-audits.csv"_s);
        if (MessageBox::exec(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        QString error;
        if (!exportCsv(dialog.selectedFiles().first(), &error))
            Q_EMIT errorOccurred(tr("Exporting audit entries"), ApiStatus::invalidRequest(error));
    });
}

void AuditPane::setSession(OrgSession* session) {
    if (m_session)
        m_session->trusts()->disconnect(this);
    m_session = session;
    m_model->setEntries({});
    m_pageLabel->setText(tr("Choose a period and search."));
    m_export->setEnabled(false);
    // Audits live on the server: a snapshot has none to search.
    const bool live = session && !session->isReadOnly();
    m_search->setEnabled(live);
    m_search->setToolTip(live ? QString()
                              : tr("A snapshot holds no audits: connect to search them."));
    if (session)
        for (auto signal : {&TrustStore::added, &TrustStore::removed, &TrustStore::changed})
            connect(session->trusts(), signal, this, &AuditPane::fillPickers);
    if (session)
        connect(session->trusts(), &TrustStore::sideReset, this, &AuditPane::fillPickers);
    fillPickers();
}

void AuditPane::setSide(AuditQuestion::Side side) {
    m_side->setCurrentIndex(m_side->findData(int(side)));
}

AuditQuestion::Side AuditPane::side() const {
    return AuditQuestion::Side(m_side->currentData().toInt());
}

void AuditPane::fillPickers() {
    const QString keep = m_org->currentData().toString();
    const QSignalBlocker blocker(m_org);
    m_org->clear();
    m_org->addItem(tr("All organizations"), QString());
    if (m_session) {
        if (side() == AuditQuestion::Side::Trustee)
            for (const TrusteeEntry& t : m_session->trusts()->trustees())
                m_org->addItem(t.name(), t.id());
        else
            for (const TrustorEntry& t : m_session->trusts()->trustors())
                m_org->addItem(t.name(), t.id());
    }
    m_org->setCurrentIndex(qMax(0, m_org->findData(keep)));
    fillUsers();
}

void AuditPane::fillUsers() {
    const QString keep = m_user->currentData().toString();
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    if (!m_session)
        return;
    const QString org = m_org->currentData().toString();
    const auto add = [this](const TrustUser& u) {
        if (m_user->findData(u.id.value_or(QString())) < 0)
            m_user->addItem(u.name.value_or(u.id.value_or(QString())), u.id.value_or(QString()));
    };
    if (side() == AuditQuestion::Side::Trustee) {
        for (const TrusteeEntry& t : m_session->trusts()->trustees())
            if (org.isEmpty() || t.id() == org)
                for (const TrusteeMember& m : t.members)
                    add(m.user);
    } else {
        for (const TrustorEntry& t : m_session->trusts()->trustors())
            if (org.isEmpty() || t.id() == org)
                for (const TrustUser& u : t.members)
                    add(u);
    }
    m_user->setCurrentIndex(qMax(0, m_user->findData(keep)));
}

void AuditPane::search(int page) {
    if (!m_session || isSearching())
        return;
    AuditQuestion q;
    q.side = side();
    if (const QString org = m_org->currentData().toString(); !org.isEmpty())
        q.organizationIds = {org};
    if (const QString user = m_user->currentData().toString(); !user.isEmpty())
        q.userIds = {user};
    q.from = m_from->dateTime().toUTC();
    q.to = m_to->dateTime().toUTC();
    q.phrase = m_phrase->text();
    q.page = qMax(1, page);
    q.newestFirst = m_order->currentData().toBool();
    auto* search = new AuditSearch(m_session, q, this);
    m_running = search;
    search->setAutoDelete(false);
    m_search->setEnabled(false);
    m_pageLabel->setText(tr("Searching…"));
    connect(search, &Operation::failed, this, [this](const OperationFailure& f) {
        m_pageLabel->setText(f.status.message);
        Q_EMIT errorOccurred(tr("Searching the trust audits"), f.status);
    });
    connect(search, &Operation::succeeded, this, [this, search] {
        m_page = search->question().page;
        m_pageCount = search->pageCount();
        m_model->setEntries(search->entries());
        m_json->clear();
        if (search->entries().isEmpty())
            m_pageLabel->setText(tr("No audit entry matches."));
        else
            m_pageLabel->setText(
                tr("Page %1 of %2 · %n entry(ies) in all", nullptr, int(search->total()))
                    .arg(m_page)
                    .arg(qMax(1, m_pageCount)));
        m_export->setEnabled(!search->entries().isEmpty());
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
    connect(search, &Operation::finished, this, [this, search] {
        m_search->setEnabled(m_session && !m_session->isReadOnly());
        m_previous->setEnabled(m_page > 1);
        m_next->setEnabled(m_page < m_pageCount);
        search->deleteLater();
        Q_EMIT searched();
    });
    search->start();
}

bool AuditPane::exportCsv(const QString& path, QString* error) {
    return PrivateFile::write(path, m_model->toCsv(), tr("the audit export"), error);
}
