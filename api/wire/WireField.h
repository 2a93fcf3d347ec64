#pragma once

#include "wire/JsonCodec.h"

// Every wire type lists its fields as WIRE_FIELD(member): the JSON key is the member's name,
// so the two can never drift apart. Members whose JSON name is a C++ keyword use Wire::field
// with the name spelled out.
#define WIRE_FIELD(member) Wire::field(QLatin1StringView(#member), &Self::member)
