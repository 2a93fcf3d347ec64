// libFuzzer target over the wire decoders: any bytes must decode to a value or a DecodeError,
// never crash, and whatever decodes must re-encode to a document that decodes to the same JSON.

#include "wire/CatalogTypes.h"
#include "wire/EntityListing.h"
#include "wire/ErrorBody.h"
#include "wire/RoleTypes.h"
#include "wire/TrustTypes.h"
#include "wire/UserTypes.h"

#include <cstdint>
#include <cstdlib>

namespace {

template <typename T>
void roundTrip(const QJsonValue& value) {
    DecodeError error;
    const std::optional<T> decoded = fromJson<T>(value, &error);
    if (!decoded) {
        if (error.message.isEmpty())
            std::abort(); // a refusal must say why
        return;
    }
    const QJsonValue encoded = toJson(*decoded);
    const std::optional<T> again = fromJson<T>(encoded);
    if (!again || toJson(*again) != encoded)
        std::abort(); // re-encoding must be stable
    if (encoded != value)
        std::abort(); // lossless: what decoded is written back exactly
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        DecodeError error;
        if (fromJsonBytes<DomainOrganizationRole>(bytes, &error) || error.message.isEmpty())
            std::abort();
        return 0;
    }
    const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    roundTrip<EntityListing<DomainOrganizationRole>>(value);
    roundTrip<DomainOrganizationRole>(value);
    roundTrip<DomainOrgRoleDifference>(value);
    roundTrip<EntityListing<DomainPermissionCollection>>(value);
    roundTrip<UserAuthorization>(value);
    roundTrip<EntityListing<User>>(value);
    roundTrip<Trustee>(value);
    roundTrip<Trustor>(value);
    roundTrip<EntityListing<TrustUser>>(value);
    roundTrip<TrustRequest>(value);
    roundTrip<TrustCreate>(value);
    roundTrip<TrusteeAuditQueryRequest>(value);
    roundTrip<AuditQueryResponse>(value);
    roundTrip<QStringList>(value);
    if (doc.isObject()) {
        const ErrorBody body = ErrorBody::fromJson(doc.object());
        if (ErrorBody::fromJson(body.toJson()).toJson() != body.toJson())
            std::abort();
    }
    return 0;
}
