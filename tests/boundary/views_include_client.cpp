// Compiled with exactly what views/ compiles with. It must NOT build: the client is not on the
// views' include path (see api/CMakeLists.txt). ctest's boundary_views_cannot_include_client
// builds it and passes only on the compiler's "No such file" for this include.
#include "client/PlatformClient.h"

int boundaryViewsIncludeClient() {
    return 0;
}
