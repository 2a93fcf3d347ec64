#pragma once

#include <QIODevice>

//! A request body that can be read once and never rewound.
//!
//! QNetworkAccessManager silently re-sends a request whose connection closes while it waits for
//! the answer (QHttpNetworkConnectionChannel::_q_error, RemoteHostClosedError), whatever the
//! method. For a POST that the server already applied, that is a duplicate change. Before such a
//! re-send Qt rewinds the upload device; this one refuses, so the reply fails with
//! ContentReSendError instead and the dispatcher reports "outcome unknown".
class OneShotBody : public QIODevice {
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
