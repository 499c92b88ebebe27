// The hostile fixture for the text writer tests.
#include "io/report_text_support.hpp"

#include "support/sample_event.hpp"

namespace innspill::test {

std::string longInput() {
    std::string text;
    while (text.size() < 10000) {
        text += "langt ord ";
    }
    text.resize(10000);
    text.back() = 'x';
    return text;
}

std::vector<std::string> hostileInputs() {
    return {
        "<script>alert('x')</script> & \"sitat\" 'enkelt'",
        "1. ikke en nummerert liste",
        "- ikke et punkt",
        "# ikke en overskrift #",
        "> ikke et sitat",
        "*ikke kursiv* __ikke fet__ `ikke kode` ~~ikke gjennomstreket~~",
        "[klikk](javascript:alert(1)) ![bilde](http://evil.example/x.png) <http://evil.example>",
        "<img src=x onerror=alert(1)> &amp; &#60; &lt;b&gt; \\",
        "første linje\nandre linje\r\n\r\n= setext?\n---\n    4 mellomrom\n1) nummer",
        "kontroll\x01\x02\x1b[31mrødt\x7f slutt",
        "a | b | c\n|---|---|",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+SUM(1;2)",
        "@cmd",
        "\tTAB først",
        // clang-format keeps re-splitting this line (emoji and RTL widths).
        // clang-format off
        "emoji 👩‍👩‍👧 🇳🇴 og høyre-til-venstre: עברית مرحبا بالعالم \xE2\x80\xAE snudd",
        // clang-format on
        longInput(),
    };
}

model::Event hostileEvent() {
    using namespace innspill::model;
    Event event = sampleEvent();
    event.title = "Åpen arena <script>alert(1)</script> & \"venner\" 🎉 שלום";
    event.subtitle = "1. ikke en liste\n# ikke overskrift";
    event.guidingQuestions.push_back("- ikke punkt? <b>fet</b> & 'sitat'");
    event.about += "\n\n[lenke](javascript:alert(1)) <img src=x onerror=alert(1)> *stjerne*";
    event.organisers.push_back("Ola \"Kjell\" O'Neil & co");
    for (auto& person : event.people) {
        if (person.name == "Åse Berg") {
            person.name = "Åse <i>Berg</i> \"A&B\" مرحبا";
        }
    }
    event.themes[0].name = "Tjenester <svg onload=alert(1)> & «virker» | ja";
    event.themes[0].description = "Beskrivelse med <em>html</em>\nog to linjer";
    for (auto& group : event.groups) {
        if (group.number != "1.10") {
            continue;
        }
        group.title = "**Fet** _kursiv_ `kode` <script>alert(1)</script> مرحبا بالعالم";
        group.reportNote = "*ikke kursiv* </p><p onclick=\"x\">";
        const auto inputs = hostileInputs();
        for (size_t i = 0; i < inputs.size(); ++i) {
            Input input{Id::generate(), inputs[i], InputKind::Item, {}, {}};
            if (i == 0) {
                input.themes = {event.themes[0].id};
            }
            group.inputs.push_back(std::move(input));
        }
        // A sub-point with hostile text too.
        group.inputs.back().children.push_back(
            Input{Id::generate(), "- <u>under</u> & 2. punkt", InputKind::Item, {}, {}});
    }
    return event;
}

} // namespace innspill::test
