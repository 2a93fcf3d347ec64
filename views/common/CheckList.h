#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class OrgSession;

//! Filterable check lists: a QListWidget of checkable items carrying ids, with a filter field
//! above it (Down in the field goes to the first row still shown).
namespace CheckList {

//! The item data role that holds an item's id.
inline constexpr int kIdRole = Qt::UserRole + 1;

//! A filter field for `list`: typing hides the rows that do not contain the text.
QLineEdit* filterEdit(QListWidget* list, const QString& placeholder);
//! The ids of the checked items, in list order.
QStringList checkedIds(const QListWidget* list);
//! Checks (or unchecks) the item whose text is `text` or starts with `text` and a space.
bool checkByText(QListWidget* list, const QString& text, bool on);

} // namespace CheckList

//! This organization's roles as a filterable check list, sorted by name.
class RoleChecklist : public QWidget {
    Q_OBJECT
public:
    explicit RoleChecklist(OrgSession* session, QWidget* parent = nullptr);

    QStringList checkedRoleIds() const;
    void setCheckedRoleIds(const QStringList& roleIds);
    //! "• name" lines of these roles, in list order.
    QString bulletedNames(const QStringList& roleIds) const;
    QListWidget* list() const { return m_list; }
    //! Checks the role with this name (tests and the screenshot script).
    bool check(const QString& roleName, bool on = true);

Q_SIGNALS:
    void changed();

private:
    QLineEdit* m_filter;
    QListWidget* m_list;
};
