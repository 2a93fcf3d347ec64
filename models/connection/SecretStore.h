#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

//! Where client secrets are kept: the OS keychain in the app, memory in tests. Asynchronous,
//! because keychains are (they may ask the user to unlock).
class SecretStore : public QObject {
    Q_OBJECT
public:
    using ReadDone = std::function<void(bool ok, const QString& secret, const QString& error)>;
    using WriteDone = std::function<void(bool ok, const QString& error)>;

    using QObject::QObject;

    //! False when secrets cannot outlive this session (no keychain); the UI then says so.
    virtual bool isPersistent() const = 0;
    //! Why secrets are not persistent, for the user; empty when they are.
    virtual QString unavailableReason() const { return {}; }

    virtual void read(const QString& key, ReadDone done) = 0;
    virtual void write(const QString& key, const QString& secret, WriteDone done) = 0;
    virtual void remove(const QString& key, WriteDone done) = 0;
};

//! Secrets held for this session only: the fallback when no keychain is available, and the
//! stand-in for the keychain in tests.
class InMemorySecretStore : public SecretStore {
    Q_OBJECT
public:
    explicit InMemorySecretStore(QString unavailableReason = {}, QObject* parent = nullptr);

    bool isPersistent() const override { return false; }
    QString unavailableReason() const override { return m_reason; }
    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, WriteDone done) override;
    void remove(const QString& key, WriteDone done) override;

    bool contains(const QString& key) const { return m_secrets.contains(key); }

private:
    QString m_reason;
    QHash<QString, QString> m_secrets;
};
