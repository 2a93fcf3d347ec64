#include "common/CheckList.h"

#include "org/OrgSession.h"
#include "roles/RoleStore.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

//! Down in a list's filter goes to the first row still shown, as in a search field.
class DownIntoList : public QObject {
public:
    DownIntoList(QListWidget* list, QObject* parent)
        : QObject(parent)
        , m_list(list) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::KeyPress
            || static_cast<QKeyEvent*>(event)->key() != Qt::Key_Down)
            return QObject::eventFilter(watched, event);
        for (int i = 0; i < m_list->count(); ++i)
            if (!m_list->item(i)->isHidden()) {
                m_list->setCurrentRow(i);
                m_list->setFocus(Qt::TabFocusReason);
                return true;
            }
        return false;
    }

private:
    QListWidget* m_list;
};

} // namespace

QLineEdit* CheckList::filterEdit(QListWidget* list, const QString& placeholder) {
    auto* edit = new QLineEdit;
    edit->installEventFilter(new DownIntoList(list, edit));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    QObject::connect(edit, &QLineEdit::textChanged, list, [list](const QString& text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(
                !list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    return edit;
}

QStringList CheckList::checkedIds(const QListWidget* list) {
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(kIdRole).toString());
    return out;
}

bool CheckList::checkByText(QListWidget* list, const QString& text, bool on) {
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text() == text || list->item(i)->text().startsWith(text + u" "_s)) {
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    return false;
}

RoleChecklist::RoleChecklist(OrgSession* session, QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget) {
    m_filter = CheckList::filterEdit(m_list, tr("Filter roles"));
    m_list->setAccessibleName(tr("Roles here"));
    if (session)
        for (const DomainOrganizationRole& r : RoleStore::sortedByName(session->roles()->roles())) {
            auto* item = new QListWidgetItem(r.name.value_or(QString()), m_list);
            item->setData(CheckList::kIdRole, r.id.value_or(QString()));
            item->setToolTip(r.description.value_or(QString()));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    connect(m_list, &QListWidget::itemChanged, this, &RoleChecklist::changed);
    setFocusProxy(m_filter);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
}

QStringList RoleChecklist::checkedRoleIds() const {
    return CheckList::checkedIds(m_list);
}

void RoleChecklist::setCheckedRoleIds(const QStringList& roleIds) {
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(
            roleIds.contains(m_list->item(i)->data(CheckList::kIdRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    Q_EMIT changed();
}

QString RoleChecklist::bulletedNames(const QStringList& roleIds) const {
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (roleIds.contains(m_list->item(i)->data(CheckList::kIdRole).toString()))
            names.append(u"• "_s + m_list->item(i)->text());
    return names.join(u'\n');
}

bool RoleChecklist::check(const QString& roleName, bool on) {
    return CheckList::checkByText(m_list, roleName, on);
}
