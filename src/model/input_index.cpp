// Indexing inputs by id.
#include "model/input_index.hpp"

namespace innspill::model {

InputIndex indexInputs(const Event& event) {
    InputIndex index;
    for (const Group& group : event.groups) {
        for (size_t i = 0; i < group.inputs.size(); ++i) {
            const Input& input = group.inputs[i];
            index.emplace(input.id, InputPlace{&group, &input, nullptr, i});
            for (size_t c = 0; c < input.children.size(); ++c) {
                index.emplace(input.children[c].id,
                              InputPlace{&group, &input.children[c], &input, c});
            }
        }
    }
    return index;
}

} // namespace innspill::model
