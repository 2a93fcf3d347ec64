#include "common/ErrorPanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ErrorPanel::ErrorPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QTreeWidget) {
    m_list->setColumnCount(5);
    m_list->setHeaderLabels({tr("Time"), tr("While"), tr("Message"), tr("Code"), tr("Context id")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Errors"));
    auto* copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy details"));
    copy->setToolTip(tr("Copy the selected errors, with their context ids, for support"));
    auto* clear = new QPushButton(tr("C&lear"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(detailsText()); });
    connect(clear, &QPushButton::clicked, m_list, &QTreeWidget::clear);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
}

void ErrorPanel::addError(const QString& operation, const ApiStatus& status) {
    auto* item = new QTreeWidgetItem(
        {QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")), operation,
         status.message,
         status.errorBody.code.isEmpty()
             ? (status.httpStatus ? QString::number(status.httpStatus) : QString())
             : status.errorBody.code,
         status.errorBody.contextId.isEmpty() ? status.correlationId : status.errorBody.contextId});
    item->setIcon(0, QIcon(QStringLiteral(":/icons/error.svg")));
    // The whole of it on hover, wrapped, whichever column the pointer is on.
    QStringList lines{u"<b>%1</b>"_s.arg(operation.toHtmlEscaped()),
                      status.message.toHtmlEscaped()};
    if (!item->text(3).isEmpty())
        lines.append(tr("Code: %1").arg(item->text(3).toHtmlEscaped()));
    if (!item->text(4).isEmpty())
        lines.append(tr("Context id: %1").arg(item->text(4).toHtmlEscaped()));
    const QString tip = u"<p style='white-space:pre-wrap'>"_s + lines.join(u"<br>"_s) + u"</p>"_s;
    for (int column = 0; column < m_list->columnCount(); ++column)
        item->setToolTip(column, tip);
    m_list->insertTopLevelItem(0, item);
    m_list->setCurrentItem(item);
    Q_EMIT errorAdded(status.message);
}

QSize ErrorPanel::sizeHint() const {
    // About six rows: enough to read, not so much that the workspace above is lost.
    return {900, m_list->fontMetrics().height() * 12};
}

int ErrorPanel::errorCount() const {
    return m_list->topLevelItemCount();
}

QString ErrorPanel::detailsText() const {
    QList<QTreeWidgetItem*> items = m_list->selectedItems();
    if (items.isEmpty())
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            items.append(m_list->topLevelItem(i));
    QStringList lines;
    for (const QTreeWidgetItem* item : items)
        lines.append(
            tr("%1  %2: %3 [code %4, contextId %5]")
                .arg(item->text(0), item->text(1), item->text(2), item->text(3), item->text(4)));
    return lines.join(u'\n');
}
