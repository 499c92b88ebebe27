// libFuzzer target: any bytes as a photo file (JPEG, PNG or anything else),
// read, checked, turned upright and scaled. A bad image is a PhotoError;
// nothing else may escape, and a photo it accepts must decode again.
#include "fuzz_checks.hpp"
#include "fuzz_support.hpp"

INNSPILL_FUZZ_TARGET("fuzz_photo_image", innspill::fuzz::checkPhotoImage)
