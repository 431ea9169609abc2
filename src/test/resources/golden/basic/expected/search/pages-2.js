BriefingSearch.load("pages",2,[["about/","About","","","About Troops reported 1,500 Troops expected 12,000"],["about/","About","scope","Scope","Only what the sources say. Back to the overview."]]);
