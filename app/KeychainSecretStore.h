#pragma once

#include "connection/SecretStore.h"

//! Client secrets in the OS keychain through qtkeychain. probe() finds out whether a keychain
//! answers at all (Debian has no working plaintext fallback, and a machine without a D-Bus
//! session or secret service has none); if not, secrets are kept for the session only and
//! unavailableReason() says why.
class KeychainSecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit KeychainSecretStore(QObject* parent = nullptr);

    void probe(std::function<void()> done);
    bool isPersistent() const override { return m_available; }
    QString unavailableReason() const override { return m_reason; }
    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, WriteDone done) override;
    void remove(const QString& key, WriteDone done) override;

private:
    bool m_available = false;
    QString m_reason;
    InMemorySecretStore m_session;
};
