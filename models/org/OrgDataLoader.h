#pragma once

#include "snapshot/OrgData.h"
#include "wire/ApiStatus.h"

#include <QObject>
#include <QPointer>

class ApiJob;
class PlatformClient;

//! Loads everything of OrgData through the client: the organization, roles, catalog and
//! products at once, then every trustee with its users and their roles, and every trustor with
//! its users. Reports determinate progress in steps; cancel() stops every request in flight.
class OrgDataLoader : public QObject {
    Q_OBJECT
public:
    OrgDataLoader(PlatformClient* client, QString environment, QObject* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const OrgData& data() const { return m_data; }

    //! The parts the person was not allowed to read (403), one status each; the load finished
    //! without them.
    QList<ApiStatus> denied() const { return m_denied; }

Q_SIGNALS:
    void progress(int done, int total, const QString& stage);
    void finished();
    void failed(const ApiStatus& status);
    void cancelled();

private:
    template <typename Job, typename Done>
    void track(Job* job, Done done);
    void stepDone(const QString& stage);
    void loadTrusts();
    void fail(const ApiStatus& status);
    //! Aborts every job still running; false when the loader was not running.
    bool stop();

    PlatformClient* m_client;
    OrgData m_data;
    QList<QPointer<ApiJob>> m_jobs;
    int m_done = 0;
    int m_total = 0;
    int m_pending = 0;
    QList<ApiStatus> m_denied;
    bool m_running = false;
    bool m_trustsStarted = false;
};
