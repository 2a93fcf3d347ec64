#pragma once

#include "org/Operation.h"
#include "wire/TrustTypes.h"

#include <QCoreApplication>
#include <QDateTime>

//! Looks up a pairing by its id (O6): who asks for access (the trustee organization) and which
//! of its users. An unknown, expired or own pairing fails with a sentence that says so.
class PairingLookup : public Operation {
    Q_OBJECT
public:
    //! `own`: a pairing this org made (the Pairings tab); otherwise one to accept, which this
    //! org must not have made.
    PairingLookup(OrgSession* session, QString pairingId, bool own = false,
                  QObject* parent = nullptr);
    const TrustRequest& result() const { return m_result; }

protected:
    void run() override;

private:
    QString m_pairingId;
    bool m_own;
    TrustRequest m_result;
};

//! Asks another organization for access (O16): a pairing naming some of this org's users. Its
//! id goes to the other organization's admin, who accepts it there. Remembered in the book.
class PairingRequest : public Operation {
    Q_OBJECT
public:
    PairingRequest(OrgSession* session, QStringList userIds, QString bookDirectory = {},
                   QObject* parent = nullptr);
    const TrustRequest& result() const { return m_result; }

protected:
    void run() override;

private:
    QStringList m_userIds;
    QString m_bookDirectory;
    TrustRequest m_result;
};

//! The pairings this machine made, per organization, until they are forgotten: a JSON file per
//! org in a folder only the owner can read (it names the org's people).
class PairingBook {
    Q_DECLARE_TR_FUNCTIONS(PairingBook)

public:
    //! `directory` empty: the app data folder's "pairings".
    explicit PairingBook(QString directory = {});

    QString directory() const { return m_directory; }
    //! Newest first; a file that cannot be read gives none (and *error).
    QList<TrustRequest> pairings(const QString& organizationId, QString* error = nullptr) const;
    bool remember(const QString& organizationId, const TrustRequest& pairing, QString* error);
    bool forget(const QString& organizationId, const QString& pairingId, QString* error);

private:
    QString fileOf(const QString& organizationId) const;
    bool save(const QString& organizationId, const QList<TrustRequest>& pairings, QString* error);

    QString m_directory;
};
