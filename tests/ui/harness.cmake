# The headless ImGui harness (tests/ui/harness.*) built once as a library and
# linked by every UI test and the UI benchmarks. Included from tests/ui and
# bench/, whichever comes first defines it (either may be built without the
# other).
if(NOT TARGET innspill_ui_harness)
  add_library(innspill_ui_harness STATIC ${CMAKE_CURRENT_LIST_DIR}/harness.cpp)
  target_include_directories(innspill_ui_harness PUBLIC ${CMAKE_CURRENT_LIST_DIR})
  target_link_libraries(innspill_ui_harness PUBLIC innspill_ui)
endif()
