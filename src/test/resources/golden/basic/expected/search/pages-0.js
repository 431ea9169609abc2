BriefingSearch.load("pages",0,[["","Overview","","","Overview The agency reports a figure and the wire repeats it. A note of explanation. The guide says more. Item Count A 1,500"]]);
