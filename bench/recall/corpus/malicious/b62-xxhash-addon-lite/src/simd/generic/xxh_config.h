#pragma once
#define XXH_VECTOR XXH_SCALAR
