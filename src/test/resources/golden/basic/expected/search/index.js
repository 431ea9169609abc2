BriefingSearch.load("manifest",0,{"version":2,"docs":6,"pages":4,"terms":["12000"],"files":["c5d1866aabc1"]});
