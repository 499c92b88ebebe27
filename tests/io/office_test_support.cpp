// libzip and libxml2 wrappers and the hostile event for the DOCX and XLSX tests.
#include "io/office_test_support.hpp"

#include "support/sample_event.hpp"

#include <catch2/catch.hpp>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <zip.h>

namespace innspill::test {

std::map<std::string, std::string> unzipAll(const std::string& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    REQUIRE(source != nullptr);
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        zip_source_free(source);
        FAIL("not a ZIP archive: " << zip_error_strerror(&error));
    }
    std::map<std::string, std::string> parts;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        REQUIRE(zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &stat) == 0);
        zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        REQUIRE(file != nullptr);
        std::string content(stat.size, '\0');
        const zip_int64_t read = zip_fread(file, content.data(), stat.size);
        zip_fclose(file);
        REQUIRE(read == static_cast<zip_int64_t>(stat.size));
        CHECK(parts.count(stat.name) == 0); // no duplicate entries
        parts[stat.name] = std::move(content);
    }
    zip_close(archive); // read-only: frees the archive and its source
    return parts;
}

XmlDocPtr parseXml(const std::string& content) {
    return XmlDocPtr(
        xmlReadMemory(content.data(), static_cast<int>(content.size()), "part.xml", nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE));
}

namespace {

struct XPathContextDeleter {
    void operator()(xmlXPathContext* context) const { xmlXPathFreeContext(context); }
};
struct XPathObjectDeleter {
    void operator()(xmlXPathObject* object) const { xmlXPathFreeObject(object); }
};

std::unique_ptr<xmlXPathObject, XPathObjectDeleter> evaluate(xmlDoc* doc,
                                                             const std::string& expression) {
    std::unique_ptr<xmlXPathContext, XPathContextDeleter> context(xmlXPathNewContext(doc));
    const std::pair<const char*, const char*> namespaces[] = {
        {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
        {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
        {"ct", "http://schemas.openxmlformats.org/package/2006/content-types"},
        {"rel", "http://schemas.openxmlformats.org/package/2006/relationships"},
        {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
        {"dc", "http://purl.org/dc/elements/1.1/"},
        {"dcterms", "http://purl.org/dc/terms/"},
        {"x", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"},
    };
    for (const auto& [prefix, uri] : namespaces) {
        xmlXPathRegisterNs(context.get(), BAD_CAST prefix, BAD_CAST uri);
    }
    std::unique_ptr<xmlXPathObject, XPathObjectDeleter> result(
        xmlXPathEvalExpression(BAD_CAST expression.c_str(), context.get()));
    REQUIRE(result != nullptr);
    return result;
}

} // namespace

std::vector<std::string> xpathStrings(xmlDoc* doc, const std::string& expression) {
    const auto result = evaluate(doc, expression);
    std::vector<std::string> values;
    if (result->type != XPATH_NODESET || !result->nodesetval) {
        return values;
    }
    for (int i = 0; i < result->nodesetval->nodeNr; ++i) {
        xmlChar* text = xmlXPathCastNodeToString(result->nodesetval->nodeTab[i]);
        values.emplace_back(reinterpret_cast<const char*>(text));
        xmlFree(text);
    }
    return values;
}

size_t xpathCount(xmlDoc* doc, const std::string& expression) {
    const auto result = evaluate(doc, expression);
    return result->type == XPATH_NODESET && result->nodesetval
               ? static_cast<size_t>(result->nodesetval->nodeNr)
               : 0;
}

bool contentTypeCovers(xmlDoc* contentTypes, const std::string& partName) {
    if (xpathCount(contentTypes, "/ct:Types/ct:Override[@PartName='/" + partName + "']") > 0) {
        return true;
    }
    const auto dot = partName.rfind('.');
    if (dot == std::string::npos) {
        return false;
    }
    return xpathCount(contentTypes,
                      "/ct:Types/ct:Default[@Extension='" + partName.substr(dot + 1) + "']") > 0;
}

std::string longInput() {
    // 666 × 15 characters + 10: exactly 10,000 characters, many of them two bytes.
    std::string text;
    for (int i = 0; i < 666; ++i) {
        text += "Lang tekst æøå ";
    }
    return text + "SLUTT12345";
}

model::Event hostileEvent() {
    model::Event event = sampleEvent();
    const std::string nasty = "\"sitat\" 'apostrof' <script>alert(1)</script> & \x01kontroll\x0B "
                              "😀🇳🇴 עברית مرحبا";
    event.title = "Rapport " + nasty;
    event.subtitle = "<b>ikke fet</b> & \x01";
    event.about = nasty + "\n\nAndre avsnitt ]]> <!-- -->";
    event.organisers = {"Kari <Nordmann>", "Ola & \x0B Åsen"};
    event.themes[0].name = "Tema " + nasty;
    event.themes[0].description = nasty;
    for (auto& group : event.groups) {
        if (group.number == "1.1") {
            group.title = "Gruppe " + nasty;
            group.inputs[0].text = nasty;
            group.inputs.push_back(
                model::Input{model::Id::generate(), longInput(), model::InputKind::Item, {}, {}});
            group.inputs.push_back(model::Input{model::Id::generate(),
                                                "=HYPERLINK(\"http://x.invalid\",\"klikk\")",
                                                model::InputKind::Item,
                                                {},
                                                {}});
            group.inputs.push_back(model::Input{
                model::Id::generate(), "linje 1\nlinje 2\ttab", model::InputKind::Item, {}, {}});
            group.reportNote = nasty;
            group.notes.challenges = nasty;
        }
    }
    event.people[3].name = "Hemmelig <Deltaker> & \x01";
    return event;
}

} // namespace innspill::test
