#include "core/SandboxIds.h"

#include <QRandomGenerator>
#include <QUuid>

namespace SandboxIds {

QString stable(const QString& name) {
    static const QUuid ns(QStringLiteral("6f1d3c5e-2b7a-4c1e-9a55-52a0e1d7b9c4"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

QString fresh() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString secret() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace SandboxIds
