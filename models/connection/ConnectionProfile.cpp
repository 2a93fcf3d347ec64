#include "connection/ConnectionProfile.h"

#include <QSettings>

using namespace Qt::StringLiterals;

ProfileStore::ProfileStore(QSettings& settings)
    : m_settings(settings) {}

QList<ConnectionProfile> ProfileStore::profiles() const {
    QList<ConnectionProfile> out;
    const int count = m_settings.beginReadArray(u"profiles"_s);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        // Profiles saved before sign-in existed were client credentials (they have a secret).
        const bool signIn = m_settings.value(u"auth"_s).toString() == "signin"_L1;
        out.append({m_settings.value(u"name"_s).toString(),
                    m_settings.value(u"environment"_s).toString(),
                    m_settings.value(u"clientId"_s).toString(),
                    signIn ? ConnectionProfile::Auth::SignIn
                           : ConnectionProfile::Auth::ClientCredentials});
    }
    m_settings.endArray();
    return out;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString& name) const {
    for (const ConnectionProfile& p : profiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

void ProfileStore::save(const ConnectionProfile& profile) {
    QList<ConnectionProfile> all = profiles();
    auto it =
        std::find_if(all.begin(), all.end(), [&](const auto& p) { return p.name == profile.name; });
    if (it != all.end())
        *it = profile;
    else
        all.append(profile);
    writeAll(all);
}

void ProfileStore::remove(const QString& name) {
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&](const ConnectionProfile& p) { return p.name == name; });
    writeAll(all);
}

void ProfileStore::writeAll(const QList<ConnectionProfile>& profiles) {
    m_settings.remove(u"profiles"_s);
    m_settings.beginWriteArray(u"profiles"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"name"_s, profiles[i].name);
        m_settings.setValue(u"environment"_s, profiles[i].environment);
        m_settings.setValue(u"clientId"_s, profiles[i].clientId);
        m_settings.setValue(u"auth"_s, profiles[i].needsSecret() ? u"client"_s : u"signin"_s);
    }
    m_settings.endArray();
    m_settings.sync();
}
