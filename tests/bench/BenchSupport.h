#pragma once

// What the in-process benchmarks share: a sandbox with a logged-in client, waiting for a job,
// and the statistics they print.

#include "Sandbox.h"
#include "client/PlatformClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <algorithm>
#include <memory>
#include <vector>

inline double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

inline double worst(const std::vector<double>& v) {
    return *std::max_element(v.begin(), v.end());
}

template <typename F>
double timeMs(F&& f) {
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e6;
}

//! Runs a job to its end; its result, or a default value when it failed.
template <typename Job>
auto wait(Job* job) {
    std::decay_t<decltype(job->result())> out{};
    bool done = false;
    QObject::connect(job, &ApiJob::succeeded, [&] { out = job->result(); });
    QObject::connect(job, &ApiJob::finished, [&] { done = true; });
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return out;
}

//! An in-process sandbox (rate limit off) and a client logged in to its home organization.
struct BenchSandbox {
    std::unique_ptr<Sandbox> sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<PlatformClient> client;

    //! False (with a message on stderr) when the sandbox does not start.
    bool start(const char* benchmark, SandboxOptions options) {
        options.rateLimitPerMinute = 0;
        sandbox = std::make_unique<Sandbox>(options);
        QString error;
        if (!sandbox->start(&error)) {
            QTextStream(stderr) << benchmark << ": " << error << '\n';
            return false;
        }
        client = std::make_unique<PlatformClient>(&network);
        client->setBaseUrl(sandbox->baseUrl());
        client->setCredentials(sandbox->homeOrganization().clientId,
                               sandbox->homeOrganization().clientSecret);
        return true;
    }
};
