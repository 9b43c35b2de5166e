KompassTool.tool.main()
