#include "users/UserDirectory.h"

#include "client/PlatformClient.h"

using namespace Qt::StringLiterals;

UserDirectory::UserDirectory(QObject* parent)
    : QObject(parent) {}

void UserDirectory::setClient(PlatformClient* client) {
    if (ApiJob::isRunning(m_job))
        m_job->abort();
    m_client = client;
    m_users.clear();
    m_byId.clear();
    m_loaded = false;
}

void UserDirectory::load() {
    if (m_loaded) {
        Q_EMIT loaded();
        return;
    }
    if (ApiJob::isRunning(m_job) || !m_client)
        return;
    UserQuery query;
    query.pageSize = 100;
    // Inactive users keep their roles: without them a holder would be a bare id.
    query.state = u"any"_s;
    auto* job = m_client->fetchAllUsers(query);
    m_job = job;
    connect(job, &ApiJob::failed, this, &UserDirectory::failed);
    connect(job, &ApiJob::succeeded, this, [this, job] {
        m_users = job->result();
        std::sort(m_users.begin(), m_users.end(), [](const User& a, const User& b) {
            return a.name.value_or(QString()).localeAwareCompare(b.name.value_or(QString())) < 0;
        });
        m_byId.clear();
        for (qsizetype i = 0; i < m_users.size(); ++i)
            m_byId.insert(m_users[i].id.value_or(QString()), i);
        m_loaded = true;
        Q_EMIT loaded();
    });
}

const User* UserDirectory::find(const QString& id) const {
    const auto it = m_byId.constFind(id);
    return it == m_byId.cend() ? nullptr : &m_users[*it];
}

QString UserDirectory::stateText(const User& user) {
    return stateText(user.state.value_or(QString()));
}

QString UserDirectory::stateText(const QString& state) {
    if (state == "inactive"_L1)
        return tr("inactive");
    if (state == "deleted"_L1)
        return tr("deleted");
    return {};
}

QString UserDirectory::displayName(const QString& id) const {
    const User* u = find(id);
    if (!u)
        return id;
    const QString name = u->name.value_or(id);
    const QString state = stateText(*u);
    return state.isEmpty() ? name : tr("%1 (%2)", "name (inactive)").arg(name, state);
}

QString UserDirectory::describe(const QString& id) const {
    const User* u = find(id);
    if (!u)
        return id;
    const QString email = u->email.value_or(QString());
    const QString name = displayName(id);
    return email.isEmpty() ? name : u"%1 <%2>"_s.arg(name, email);
}

QString UserDirectory::resolve(const QString& text) const {
    const QString wanted = text.trimmed();
    if (wanted.isEmpty())
        return {};
    for (const User& u : m_users)
        if (describe(u.id.value_or(QString())) == wanted)
            return u.id.value_or(QString());
    const QList<User> matches = search(wanted, 2);
    return matches.size() == 1 ? matches.front().id.value_or(QString()) : QString();
}

QList<User> UserDirectory::search(const QString& text, int limit) const {
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QList<User> out;
    for (const User& u : m_users) {
        const QString hay = u.name.value_or(QString()) + u' ' + u.email.value_or(QString());
        bool all = true;
        for (const QString& w : words)
            all = all && hay.contains(w, Qt::CaseInsensitive);
        if (all)
            out.append(u);
        if (out.size() >= limit)
            break;
    }
    return out;
}
