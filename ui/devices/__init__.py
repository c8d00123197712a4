"""Qt sides of the devices: backends that need Qt (camera, system printer, on-screen evaluator)
and the bridges that bring driver threads' events onto the GUI thread."""
