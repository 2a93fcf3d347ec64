#pragma once

#include <QObject>

class PlatformClient;
class RoleListModel;

//! Fetches every page of GET /api/v2/authorization/roles into a model.
class RoleLoader : public QObject {
    Q_OBJECT
public:
    RoleLoader(PlatformClient* client, RoleListModel* model, QObject* parent = nullptr);
    void start();

Q_SIGNALS:
    void loaded(int count);
    void failed(const QString& message);

private:
    void fetchPage(int pageNumber);

    PlatformClient* m_client;
    RoleListModel* m_model;
};
