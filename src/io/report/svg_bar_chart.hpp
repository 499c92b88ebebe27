// A horizontal bar chart as an inline SVG element (labels, bars, values),
// for the HTML report's overview. Text is escaped; the element is well-formed
// XML in the SVG namespace, so it also stands alone as an .svg file.
#pragma once

#include "io/report/report_document.hpp"

#include <string>

namespace innspill::io::report {

// The <svg> element for the chart; its title goes into aria-label (the caller
// shows the visible caption).
std::string svgBarChart(const BarChart& chart);

} // namespace innspill::io::report
