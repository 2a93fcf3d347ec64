#pragma once

#include <QObject>

class PlatformClient;
class RoleListModel;

//! Fetches every role of the organization (all pages, in parallel) into a model.
class RoleLoader : public QObject {
    Q_OBJECT
public:
    RoleLoader(PlatformClient* client, RoleListModel* model, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void loaded(int count);
    void failed(const QString& message);

private:
    PlatformClient* m_client;
    RoleListModel* m_model;
};
