// The built-in theme template.
#include "model/theme.hpp"

namespace innspill::model {

std::vector<Theme> pillarTemplate() {
    const std::pair<const char*, const char*> pillars[] = {
        {"Tilby tjenester som virker",
         "Kvalitet gjennom forskning, fagutvikling og brukermedvirkning."},
        {"Ta virkningsfulle grep tidlig",
         "Fremme helse og arbeidsdeltakelse, forebygge før behandling."},
        {"Satse på de lokale aktørene", "Hele førstelinjen."},
        {"Sammenkoble tjenestene og skape flyt", "Tjenester som henger sammen for brukeren."},
        {"Utnytte muligheter i digitale verktøy", "Digitale verktøy i tjenestene."},
    };
    std::vector<Theme> themes;
    for (const auto& [name, description] : pillars) {
        themes.push_back(Theme{Id::generate(), name, description});
    }
    return themes;
}

} // namespace innspill::model
