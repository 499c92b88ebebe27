// Checkboxes and radio buttons at Designsystemet's size: a box of about
// 20 px at 100 % zoom (ImGui's fills the whole 32-px line, which reads as a
// touch screen from 2015), centred on a line as tall as the fields and
// buttons beside it, so labels line up. Checked: filled with the accent and
// a white tick; a chosen radio: an accent ring around an accent dot. Hover,
// disabled (ImGui::BeginDisabled) and the keyboard's highlight as ImGui's.
// Same IDs as ImGui::Checkbox / ImGui::RadioButton with the same label.
#pragma once

namespace innspill::ui {

// As ImGui::Checkbox: flips *value and returns true when clicked.
bool checkbox(const char* label, bool* value);

// As radioButton(label, active): true when clicked.
bool radioButton(const char* label, bool active);

} // namespace innspill::ui
