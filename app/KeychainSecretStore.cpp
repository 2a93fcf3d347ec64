#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {
const QString kService = u"RoleDesk"_s;
}

// Jobs have no parent: qtkeychain's Secret Service backend calls back into a job until it has
// finished, so a job deleted in flight (with a store that went away) would be called after its
// death. Unparented, each finishes and deletes itself; the store's connection to it goes with
// the store.

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : SecretStore(parent)
    , m_reason(tr("not checked yet")) {}

void KeychainSecretStore::probe(std::function<void()> done) {
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(u"roledesk-keychain-probe"_s);
    connect(job, &QKeychain::Job::finished, this, [this, done](QKeychain::Job* j) {
        m_available = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
        // qtkeychain says only "Unknown error" when no secret service answers on D-Bus.
        const QString detail = j->errorString();
        m_reason = m_available ? QString()
                   : detail.isEmpty() || detail == "Unknown error"_L1
                       ? tr("no secret service answered on the D-Bus session bus")
                       : detail;
        done();
    });
    job->start();
}

void KeychainSecretStore::read(const QString& key, ReadDone done) {
    if (!m_available)
        return m_session.read(key, std::move(done));
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        const bool ok = j->error() == QKeychain::NoError;
        done(ok, ok ? static_cast<QKeychain::ReadPasswordJob*>(j)->textData() : QString(),
             ok ? QString() : j->errorString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QString& secret, WriteDone done) {
    if (!m_available)
        return m_session.write(key, secret, std::move(done));
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        done(j->error() == QKeychain::NoError, j->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, WriteDone done) {
    if (!m_available)
        return m_session.remove(key, std::move(done));
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound,
             j->errorString());
    });
    job->start();
}
