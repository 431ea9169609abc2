BriefingSearch.load("manifest",0,{"version":1,"docs":6,"terms":["12000"],"pages":[0]});
