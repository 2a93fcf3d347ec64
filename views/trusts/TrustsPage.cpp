#include "TrustsPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QTreeWidget* makeTree(const QStringList& headers, const QString& name) {
    auto* tree = new QTreeWidget;
    tree->setHeaderLabels(headers);
    tree->setAlternatingRowColors(true);
    tree->setAccessibleName(name);
    tree->header()->setStretchLastSection(false);
    for (int column : {0, 1, 2, 4})
        tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    return tree;
}

QWidget* titled(const QString& title, QWidget* content) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    layout->addWidget(label);
    layout->addWidget(content);
    return box;
}

QString userState(const std::optional<QString>& state) {
    if (state == u"active"_s)
        return TrustsPage::tr("Active");
    if (state == u"inactive"_s)
        return TrustsPage::tr("Inactive");
    if (state == u"deleted"_s)
        return TrustsPage::tr("Deleted");
    return state.value_or(QString());
}

QString localDate(const std::optional<WireDateTime>& d) {
    return d ? QLocale().toString(d->dateTime().toLocalTime().date(), QLocale::ShortFormat)
             : QString();
}

} // namespace

TrustsPage::TrustsPage(QWidget* parent)
    : QWidget(parent)
    , m_trustees(makeTree(
          {tr("Organization / user"), tr("Email"), tr("Status"), tr("Roles here"), tr("Since")},
          tr("Trustees")))
    , m_trustors(makeTree({tr("Organization / our user"), tr("Email"), tr("Status"),
                           tr("Permissions there"), tr("Since")},
                          tr("Trustors"))) {
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("trustsSplitter"));
    splitter->addWidget(titled(tr("Trustees — organizations with access to ours"), m_trustees));
    splitter->addWidget(titled(tr("Trustors — organizations that give us access"), m_trustors));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
}

void TrustsPage::setData(const OrgData& org) {
    m_trustees->clear();
    for (const TrusteeEntry& t : org.trustees) {
        const QString name = t.trustee.organization.value_or(Organization{})
                                 .name.value_or(t.trustee.id.value_or(QString()));
        auto* item = new QTreeWidgetItem(
            {name, QString(), t.trustee.enabled.value_or(false) ? tr("Enabled") : tr("Disabled"),
             tr("%n user(s)", nullptr, int(t.members.size())), localDate(t.trustee.dateCreated)});
        item->setData(0, Qt::UserRole, t.trustee.id.value_or(QString()));
        if (t.trustee.dateExpired)
            item->setToolTip(1, tr("Expires %1").arg(localDate(t.trustee.dateExpired)));
        for (const TrusteeMember& m : t.members) {
            QStringList roles;
            for (const DomainRole& r : m.roles.roles.value_or(QList<DomainRole>()))
                roles.append(r.name.value_or(QString()));
            new QTreeWidgetItem(
                item,
                {m.user.name.value_or(m.user.id.value_or(QString())),
                 m.user.email.value_or(QString()), userState(m.user.state),
                 roles.isEmpty() ? tr("no roles") : roles.join(QStringLiteral(", ")),
                 localDate(m.user.trustUserDetails.value_or(TrustUserDetails{}).dateCreated)});
        }
        m_trustees->addTopLevelItem(item);
    }
    m_trustors->clear();
    for (const TrustorEntry& t : org.trustors) {
        const QString name = t.trustor.organization.value_or(Organization{})
                                 .name.value_or(t.trustor.id.value_or(QString()));
        const int permissions = int(t.trustor.authorization.value_or(TrusteeAuthorization{})
                                        .permissions.value_or(QStringList())
                                        .size());
        auto* item = new QTreeWidgetItem(
            {name, QString(), t.trustor.enabled.value_or(false) ? tr("Enabled") : tr("Disabled"),
             tr("%n permission(s)", nullptr, permissions), localDate(t.trustor.dateCreated)});
        item->setData(0, Qt::UserRole, t.trustor.id.value_or(QString()));
        for (const TrustUser& u : t.members)
            new QTreeWidgetItem(
                item, {u.name.value_or(u.id.value_or(QString())), u.email.value_or(QString()),
                       userState(u.state), QString(),
                       localDate(u.trustUserDetails.value_or(TrustUserDetails{}).dateCreated)});
        m_trustors->addTopLevelItem(item);
    }
    if (org.trustees.isEmpty())
        m_trustees->addTopLevelItem(
            new QTreeWidgetItem({tr("No organization has access to this one.")}));
    if (org.trustors.isEmpty())
        m_trustors->addTopLevelItem(
            new QTreeWidgetItem({tr("No organization gives this one access.")}));
    m_trustees->expandAll();
    m_trustors->expandAll();
}

void TrustsPage::select(const QString& orgId) {
    for (QTreeWidget* tree : {m_trustees, m_trustors}) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = tree->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == orgId) {
                tree->setCurrentItem(item);
                tree->scrollToItem(item);
                tree->setFocus();
                return;
            }
        }
    }
}
