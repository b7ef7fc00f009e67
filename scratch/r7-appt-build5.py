import json,sys
S=lambda u,what="": f"stored web page {u}{' ('+what+')' if what else ''}; text (c) its publisher, quoted for evaluation; labelled by hand"
def P(p,t,c): return {"person":p,"title":t,"company":c}
GB="https://gbcghanaonline.com/?p=344787"
GA="https://www.ghanaweb.live/GhanaHomePage/business/Management-of-Ghana-Airports-Company-express-commitment-to-achieving-vision-1903496"
items=[
("David Asamoah, the Deputy Managing Director of Commercial Services at the Electricity Company of Ghana (ECG), has been appointed as the acting Managing Director following the resignation of Samuel Dubik Mahama on September 25.", P("David Asamoah","acting Managing Director",["Electricity Company of Ghana","ECG"]), "https://mobile.ghanaweb.live/GhanaHomePage/business/ECG-gets-interim-Managing-Director-1986452", "GhanaWeb, first sentence"),
("President Akufo-Addo has nominated Madam Genevieve Sackey for appointment as the new Managing Director of Ghana Cylinder Manufacturing Company Limited (GCMCL).", None, "https://www.myjoyonline.com/genevieve-sackey-nominated-as-new-md-of-ghana-cylinder-manufacturing-company", "MyJoyOnline, first sentence (a nomination)"),
("Genevieve Sackey's nomination comes after the immediate past CEO, Frances Essiam resigned.", None, "https://www.myjoyonline.com/genevieve-sackey-nominated-as-new-md-of-ghana-cylinder-manufacturing-company", "MyJoyOnline, a sentence"),
("The statement signed by the CEO is in reaction to media reports that President Nana Akufo-Addo has appointed Mr. Osei Prempeh as new GOIL CEO.", None, "https://ghanastar.com/business/goil-board-accuses-akufo-addo-of-breaching-procedures-in-ceo-appointment", "GhanaStar, a sentence (a reported appointment the company disputes)"),
("William Asumaning pointed out that GOIL is not aware of any appointment of a CEO.", None, "https://ghanastar.com/business/goil-board-accuses-akufo-addo-of-breaching-procedures-in-ceo-appointment", "GhanaStar, a sentence"),
("Accra, July 17, GNA \u2013 President Nana Addo Dankwa Akufo-Addo has appointed Mr Alexander Kwamina Afenyo-Markin, the Majority Leader and Leader of Government Business in Parliament, as Chairman of the Board of Directors of the Electricity Company of Ghana Limited (ECG).", None, "https://gna.org.gh/2024/07/president-appoints-afenyo-markin-as-board-chairman-of-ecg", "Ghana News Agency, first sentence (a board chair)"),
("Randy Abbey Appointed Acting CEO of Ghana Cocoa Board", P("Randy Abbey","Acting CEO","Ghana Cocoa Board"), GB, "GBC Ghana headline"),
("President John Dramani Mahama, President of the Republic of Ghana, has appointed Dr. Ransford Anerthey Abbey as the Acting Chief Executive Officer of the Ghana Cocoa Board.", P("Ransford Anerthey Abbey","Acting Chief Executive Officer","Ghana Cocoa Board"), GB, "GBC Ghana, first sentence"),
("Dr. Abbey will serve in an acting capacity pending the constitutionally required advice from the Board of Ghana Cocoa Board, in consultation with the Public Services Commission.", None, GB, "GBC Ghana, a sentence"),
("A statement copied to the Ghana News Agency in Accra said the expression of commitment followed President Akufo-Addo's appointment of Yvonne Nana Afriyie Opare asthe Managing Director for Ghana Airports Company Limited (GACL) with effect from December 24, 2023.", P("Yvonne Nana Afriyie Opare","Managing Director",["Ghana Airports Company Limited","GACL"]), GA, "GhanaWeb (GNA), a sentence (typo 'asthe' as published)"),
("The appointment followed the retirement of Mrs. Pamela Djamson-Tettey on the 23 of December 2023.", None, GA, "GhanaWeb (GNA), a sentence"),
("The board of GACL also has three other presidential appointees; Teye Adjirackor, Kwabena Mantey Jectey Nyarko, and Philomena Sam.", None, "https://www.pulse.com.gh/business/paul-adom-otchere-leads-ghana-airports-company-as-transport-minister-inaugurates-new/2nkm07s", "Pulse Ghana, a sentence (board members, a list)"),
("This week, we made yet another exciting announcement- Mike Rotondo has been announced as Edible's new Chief Executive Officer.", P("Mike Rotondo","Chief Executive Officer",["Edible","Edible Arrangements"]), "https://www.bizcomassociates.com/post/how-to-effectively-announce-a-new-ceo", "PR agency blog, a sentence"),
("In most cases, it is sufficient to use a format like \u201cX Brand Appoints ABC As New CEO\u201d.", None, "https://starsquaredpr.com/insights/how-to-craft-a-press-announcement-for-a-new-ceo", "PR advice, a sentence (a template)"),
("You can use a standard opening such as \u201cXYZ Corp. has named Jane Doe its new [title] \u2026,\u201d \u201cXYZ Corp. today announced the appointment of John Doe to [title] \u2026\u201d or \u201cJohn Doe has joined XYZ Corp as [title] \u2026\u201d", None, "https://kc-communications.com/writing-appointment-press-release/", "PR advice, a sentence (templates with placeholder names)"),
("Industry CEOs Swop Chairs Today", None, "http://www.dailydooh.com/archives/14071", "trade blog headline"),
("One of the departures is sad as this guy joined our industry two years ago to much fanfare (including by us) but it hasn't quite just worked out and he will be replaced by his chairman.", None, "http://www.dailydooh.com/archives/14071", "trade blog, a sentence"),
]
with open(sys.argv[1],"w") as f:
    for t,e,u,w in items:
        f.write(json.dumps({"text":t,"expected":e,"part":"dev","source":S(u,w)},ensure_ascii=False)+"\n")
print(len(items), sum(1 for i in items if i[1]))
