// The one way to include rapidjson in this project. cereal makes rapidjson's
// assertions throw (cereal::RapidJSONException), and the JSON readers rely on
// that to report a wrong field instead of aborting; a translation unit that
// included rapidjson without it would instantiate the same templates with a
// plain assert — an ODR clash that decides at link time which one runs.
#pragma once

#include <cereal/archives/json.hpp>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
