#include "roles/ConflictDialog.h"

#include "roles/PolicyEditing.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

QStringList ConflictDialog::changes(const RoleContent& base, const RoleContent& other) {
    QStringList out;
    if (base.name != other.name)
        out.append(tr("Name: \"%1\" → \"%2\"").arg(base.name, other.name));
    if (base.description != other.description)
        out.append(tr("Description: \"%1\" → \"%2\"").arg(base.description, other.description));
    const QStringList before = PolicyEditing::grantLines(base.policies);
    const QStringList after = PolicyEditing::grantLines(other.policies);
    for (const QString& line : after)
        if (!before.contains(line))
            out.append(u"+ "_s + line);
    for (const QString& line : before)
        if (!after.contains(line))
            out.append(u"− "_s + line);
    return out;
}

ConflictDialog::ConflictDialog(const RoleContent& base, const RoleContent& theirs,
                               const RoleContent& mine, const RoleMerge::Result& merge,
                               QWidget* parent)
    : QDialog(parent)
    , m_theirs(new QListWidget)
    , m_mine(new QListWidget)
    , m_mergeButton(new QPushButton(tr("Apply mine on top of theirs"))) {
    setWindowTitle(tr("“%1” was changed by someone else").arg(base.name));
    resize(900, 480);
    auto* intro = new QLabel(
        tr("Since you opened this role, it was changed on the server. Nothing has been saved."
           " Compare the changes and choose which version to keep."));
    intro->setWordWrap(true);
    const auto fill = [](QListWidget* list, const QStringList& lines) {
        list->addItems(lines.isEmpty() ? QStringList{tr("(no changes)")} : lines);
        for (int i = 0; i < list->count(); ++i) {
            const QString text = list->item(i)->text();
            if (text.startsWith(u'+'))
                list->item(i)->setForeground(QColor(0x1b, 0x7f, 0x3b));
            else if (text.startsWith(u"−"_s))
                list->item(i)->setForeground(QColor(0xb0, 0x00, 0x20));
        }
    };
    fill(m_theirs, changes(base, theirs));
    fill(m_mine, changes(base, mine));
    m_theirs->setAccessibleName(tr("Their changes"));
    m_mine->setAccessibleName(tr("Your changes"));

    auto* buttons = new QDialogButtonBox;
    // When the edits do not overlap, neither has to be lost.
    buttons->addButton(m_mergeButton, QDialogButtonBox::AcceptRole);
    m_mergeButton->setObjectName(u"mergeMine"_s);
    m_mergeButton->setEnabled(merge.merged.has_value());
    m_mergeButton->setToolTip(merge.merged ? tr("Keep their changes and add yours, then save")
                                           : merge.whyNot);
    connect(m_mergeButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::MergeMine;
        accept();
    });
    QPushButton* keep =
        buttons->addButton(tr("Save mine over theirs"), QDialogButtonBox::AcceptRole);
    QPushButton* take =
        buttons->addButton(tr("Discard mine, load theirs"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(tr("Keep editing"), QDialogButtonBox::RejectRole);
    keep->setObjectName(u"keepMine"_s);
    take->setObjectName(u"takeTheirs"_s);
    connect(keep, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        accept();
    });
    connect(take, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QGridLayout(this);
    layout->addWidget(intro, 0, 0, 1, 2);
    layout->addWidget(new QLabel(tr("<b>Theirs</b> — changed on the server")), 1, 0);
    layout->addWidget(new QLabel(tr("<b>Yours</b> — not saved")), 1, 1);
    layout->addWidget(m_theirs, 2, 0);
    layout->addWidget(m_mine, 2, 1);
    layout->addWidget(buttons, 3, 0, 1, 2);
}
