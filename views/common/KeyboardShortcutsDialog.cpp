#include "common/KeyboardShortcutsDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KeyboardShortcutsDialog::KeyboardShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent)
    , m_search(new QLineEdit)
    , m_list(new QTreeWidget) {
    setWindowTitle(tr("Keyboard shortcuts"));
    m_search->setPlaceholderText(tr("Search by what it does or by its keys, e.g. undo or Ctrl+K"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search shortcuts"));
    m_list->setHeaderLabels({tr("What"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    // Every action of the window with a shortcut, once (the same action sits in several menus).
    QMap<QString, QString> rows;
    for (QAction* a : window->findChildren<QAction*>()) {
        if (a->shortcuts().isEmpty() || a->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence& k : a->shortcuts())
            keys.append(k.toString(QKeySequence::NativeText));
        QString what = a->text();
        what.remove(u'&');
        if (what.endsWith(u"…"_s))
            what.chop(1);
        rows.insert(what, keys.join(tr(" or ")));
    }
    // Keys that act inside a view rather than through an action.
    rows.insert(tr("Check or uncheck the current permission (role editor)"), tr("Space"));
    rows.insert(tr("Next / previous difference (Compare)"), tr("F8 / Shift+F8"));
    rows.insert(tr("Move through results (Go to)"), tr("Up / Down"));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        new QTreeWidgetItem(m_list, {it.key(), it.value()});

    connect(m_search, &QLineEdit::textChanged, this, &KeyboardShortcutsDialog::filter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(560, 560);
}

void KeyboardShortcutsDialog::filter(const QString& text) {
    const QString needle = text.trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        item->setHidden(!needle.isEmpty() && !item->text(0).contains(needle, Qt::CaseInsensitive)
                        && !item->text(1).contains(needle, Qt::CaseInsensitive));
    }
}

QString KeyboardShortcutsDialog::readmePath() {
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString& candidate :
         {bin.absoluteFilePath(u"../share/doc/roledesk/README.md"_s),
          bin.absoluteFilePath(u"../../../README.md"_s), // build/<preset>/app
          u"/usr/share/doc/roledesk/README.md"_s})
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    return {};
}
