#include "search/GlobalSearchDialog.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

GlobalSearchDialog::GlobalSearchDialog(SearchIndexModel* index, QWidget* parent)
    : QDialog(parent)
    , m_proxy(new SearchFilterProxy(this))
    , m_search(new QLineEdit)
    , m_results(new QListView)
    , m_empty(new QLabel) {
    setWindowTitle(tr("Go to role, permission, trust or person"));
    m_proxy->setSourceModel(index);
    m_search->setPlaceholderText(
        tr("Type part of a role, permission, trustee, trustor or person…"));
    m_search->setAccessibleName(tr("Search"));
    m_search->installEventFilter(this);
    m_results->setModel(m_proxy);
    m_results->setUniformItemSizes(true);
    m_results->setAccessibleName(tr("Search results"));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        if (m_proxy->rowCount() > 0)
            m_results->setCurrentIndex(m_proxy->index(0, 0));
        m_empty->setText(tr("Nothing matches “%1”.").arg(text.simplified()));
        m_empty->setVisible(m_proxy->rowCount() == 0 && !text.simplified().isEmpty());
    });
    connect(m_search, &QLineEdit::returnPressed, this,
            [this] { choose(m_results->currentIndex()); });
    connect(m_results, &QListView::activated, this, &GlobalSearchDialog::choose);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->hide();
    layout->addWidget(m_empty);
    resize(640, 420);
}

bool GlobalSearchDialog::eventFilter(QObject* watched, QEvent* event) {
    // Up/Down in the search field move through the results without leaving the field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up) {
            const int row = m_results->currentIndex().row() + (key == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_proxy->rowCount())
                m_results->setCurrentIndex(m_proxy->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void GlobalSearchDialog::choose(const QModelIndex& index) {
    if (!index.isValid())
        return;
    const auto kind = SearchIndexModel::Kind(index.data(SearchIndexModel::KindRole).toInt());
    const QString key = index.data(SearchIndexModel::KeyRole).toString();
    // Closed first: jumping may ask about unsaved changes, and that question must not sit
    // beside a search box that is no longer needed.
    accept();
    Q_EMIT chosen(kind, key);
}
