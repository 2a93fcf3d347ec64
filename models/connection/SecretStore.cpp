#include "connection/SecretStore.h"

#include <QTimer>

InMemorySecretStore::InMemorySecretStore(QString unavailableReason, QObject* parent)
    : SecretStore(parent)
    , m_reason(std::move(unavailableReason)) {}

void InMemorySecretStore::read(const QString& key, ReadDone done) {
    const bool found = m_secrets.contains(key);
    const QString secret = m_secrets.value(key);
    QTimer::singleShot(0, this, [done, found, secret] {
        done(found, secret, found ? QString() : tr("No secret is stored for this profile."));
    });
}

void InMemorySecretStore::write(const QString& key, const QString& secret, WriteDone done) {
    m_secrets.insert(key, secret);
    QTimer::singleShot(0, this, [done] { done(true, {}); });
}

void InMemorySecretStore::remove(const QString& key, WriteDone done) {
    m_secrets.remove(key);
    QTimer::singleShot(0, this, [done] { done(true, {}); });
}
