# Writes OUTPUT: one `{"<target>", R"(<json>)"},` line per model file in
# MODELS (a ;-separated list of Models/<target>.json), for
# LearnedCostModel.cpp to compile in.
set(text "")
foreach(model IN LISTS MODELS)
  get_filename_component(target "${model}" NAME_WE)
  file(READ "${model}" json)
  string(APPEND text "{\"${target}\", R\"tessel_model(${json})tessel_model\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp" "${text}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
