package faker

import (
	"fmt"
	"reflect"

	"github.com/go-faker/faker/v4/pkg/options"
)

// Dowser provides interfaces to generate random logical Names with their initials
type Dowser interface {
	TitleMale(v reflect.Value) (interface{}, error)
	TitleFeMale(v reflect.Value) (interface{}, error)
	FirstName(v reflect.Value) (interface{}, error)
	FirstNameMale(v reflect.Value) (interface{}, error)
	FirstNameFemale(v reflect.Value) (interface{}, error)
	LastName(v reflect.Value) (interface{}, error)
	Name(v reflect.Value) (interface{}, error)
	Gender(v reflect.Value) (interface{}, error)
	ChineseFirstName(v reflect.Value) (interface{}, error)
	ChineseLastName(v reflect.Value) (interface{}, error)
	ChineseName(v reflect.Value) (interface{}, error)
	RussianFirstNameMale(v reflect.Value) (interface{}, error)
	RussianFirstNameFemale(v reflect.Value) (interface{}, error)
	RussianLastNameMale(v reflect.Value) (interface{}, error)
	RussianLastNameFemale(v reflect.Value) (interface{}, error)
}

var titlesMale = []string{
	"Mr.", "Dr.", "Prof.", "Lord", "King", "Prince",
}
var titlesFemale = []string{
	"Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Lady", "Queen", "Princess",
}
var firstNamesMale = []string{
	"Aaron", "Abdiel", "Abdul", "Abdullah", "Abe", "Abel", "Abelardo", "Abner", "Abraham", "Adalberto", "Adam", "Adan", "Adelbert", "Adolfo", "Adolph", "Adolphus", "Adonis", "Adrain", "Adrian", "Adriel", "Adrien", "Afton", "Agustin", "Ahmad", "Ahmed", "Aidan", "Aiden", "Akeem", "Al", "Alan", "Albert", "Alberto", "Albin", "Alden", "Alec", "Alejandrin", "Alek", "Alessandro", "Alex", "Alexander", "Alexandre", "Alexandro", "Alexie", "Alexis", "Alexys", "Alexzander", "Alf", "Alfonso", "Alfonzo", "Alford", "Alfred", "Alfredo", "Ali", "Allan", "Allen", "Alphonso", "Alvah", "Alvis", "Amani", "Amari", "Ambrose", "Americo", "Amir", "Amos", "Amparo", "Anastacio", "Anderson", "Andre", "Andres", "Andrew", "Andy", "Angel", "Angelo", "Angus", "Anibal", "Ansel", "Ansley", "Anthony", "Antone", "Antonio", "Antwan", "Antwon", "Arch", "Archibald", "Arden", "Arely", "Ari", "Aric", "Ariel", "Arjun", "Arlo", "Armand", "Armando", "Armani", "Arnaldo", "Arne", "Arno", "Arnold", "Arnoldo", "Arnulfo", "Aron", "Art", "Arthur", "Arturo", "Arvel", "Arvid", "Ashton", "August", "Augustus", "Aurelio", "Austen", "Austin", "Austyn", "Avery", "Axel", "Ayden",
	"Bailey", "Barney", "Baron", "Barrett", "Barry", "Bart", "Bartholome", "Barton", "Baylee", "Beau", "Bell", "Ben", "Benedict", "Benjamin", "Bennett", "Bennie", "Benny", "Benton", "Bernard", "Bernardo", "Bernhard", "Bernie", "Berry", "Berta", "Bertha", "Bertram", "Bertrand", "Bill", "Billy", "Blair", "Blaise", "Blake", "Blaze", "Bo", "Bobbie", "Bobby", "Boris", "Boyd", "Brad", "Braden", "Bradford", "Bradley", "Bradly", "Brady", "Braeden", "Brain", "Brando", "Brandon", "Brandt", "Brannon", "Branson", "Brant", "Braulio", "Braxton", "Brayan", "Brendan", "Brenden", "Brendon", "Brennan", "Brennon", "Brent", "Bret", "Brett", "Brian", "Brice", "Brock", "Broderick", "Brody", "Brook", "Brooks", "Brown", "Bruce", "Bryce", "Brycen", "Bryon", "Buck", "Bud", "Buddy", "Buford", "Burley", "Buster",
	"Cade", "Caden", "Caesar", "Cale", "Caleb", "Camden", "Cameron", "Camren", "Camron", "Camryn", "Candelario", "Candido", "Carey", "Carleton", "Carlo", "Carlos", "Carmel", "Carmelo", "Carmine", "Carol", "Carroll", "Carson", "Carter", "Cary", "Casey", "Casimer", "Casimir", "Casper", "Ceasar", "Cecil", "Cedrick", "Celestino", "Cesar", "Chad", "Chadd", "Chadrick", "Chaim", "Chance", "Chandler", "Charles", "Charley", "Charlie", "Chase", "Chauncey", "Chaz", "Chelsey", "Chesley", "Chester", "Chet", "Chris", "Christ", "Christian", "Christop", "Christophe", "Christopher", "Cicero", "Cielo", "Clair", "Clark", "Claud", "Claude", "Clay", "Clemens", "Clement", "Cleo", "Cletus", "Cleve", "Cleveland", "Clifford", "Clifton", "Clint", "Clinton", "Clovis", "Cloyd", "Clyde", "Coby", "Cody", "Colby", "Cole", "Coleman", "Colin", "Collin", "Colt", "Colten", "Colton", "Columbus", "Conner", "Connor", "Conor", "Conrad", "Constantin", "Consuelo", "Cooper", "Corbin", "Cordelia", "Cordell", "Cornelius", "Cornell", "Cortez", "Cory", "Coty", "Coy", "Craig", "Crawford", "Cristian", "Cristina", "Cristobal", "Cristopher", "Cruz", "Cullen", "Curt", "Curtis", "Cyril", "Cyrus",
	"Dagmar", "Dale", "Dallas", "Dallin", "Dalton", "Dameon", "Damian", "Damien", "Damion", "Damon", "Dan", "Dane", "D'angelo", "Dangelo", "Danial", "Danny", "Dante", "Daren", "Darian", "Darien", "Dario", "Darion", "Darius", "Daron", "Darrel", "Darrell", "Darren", "Darrick", "Darrin", "Darrion", "Darron", "Darryl", "Darwin", "Daryl", "Dashawn", "Dave", "David", "Davin", "Davion", "Davon", "Davonte", "Dawson", "Dax", "Dayne", "Dayton", "Dean", "Deangelo", "Declan", "Dedric", "Dedrick", "Dee", "Deion", "Dejon", "Dejuan", "Delaney", "Delbert", "Dell", "Delmer", "Demarco", "Demarcus", "Demario", "Demetrius", "Demond", "Denis", "Dennis", "Deon", "Deondre", "Deontae", "Deonte", "Dereck", "Derek", "Derick", "Deron", "Derrick", "Deshaun", "Deshawn", "Desmond", "Destin", "Devan", "Devante", "Deven", "Devin", "Devon", "Devonte", "Devyn", "Dewayne", "Dewitt", "Dexter", "Diamond", "Diego", "Dillan", "Dillon", "Dimitri", "Dino", "Dion", "Dock", "Domenic", "Domenick", "Domenico", "Domingo", "Dominic", "Don", "Donald", "Donato", "Donavon", "Donnell", "Donnie", "Donny", "Dorcas", "Dorian", "Doris", "Dorthy", "Doug", "Douglas", "Doyle", "Drake", "Dudley", "Duncan", "Durward", "Dustin", "Dusty", "Dwight", "Dylan",
	"Earl", "Earnest", "Easter", "Easton", "Ed", "Edd", "Eddie", "Edgar", "Edgardo", "Edison", "Edmond", "Edmund", "Eduardo", "Edward", "Edwardo", "Edwin", "Efrain", "Efren", "Einar", "Eino", "Eladio", "Elbert", "Eldon", "Eldred", "Eleazar", "Eli", "Elian", "Elias", "Eliezer", "Elijah", "Eliseo", "Elliot", "Elliott", "Ellis", "Ellsworth", "Elmer", "Elmo", "Elmore", "Eloy", "Elroy", "Elton", "Elvis", "Elwin", "Elwyn", "Emanuel", "Emerald", "Emerson", "Emery", "Emil", "Emile", "Emiliano", "Emilio", "Emmanuel", "Emmet", "Emmett", "Emmitt", "Emory", "Enid", "Enoch", "Enos", "Enrico", "Enrique", "Ephraim", "Eriberto", "Eric", "Erich", "Erick", "Erik", "Erin", "Erling", "Ernest", "Ernesto", "Ernie", "Ervin", "Erwin", "Esteban", "Estevan", "Ethan", "Ethel", "Eugene", "Eusebio", "Evan", "Evans", "Everardo", "Everett", "Evert", "Ewald", "Ewell", "Ezekiel", "Ezequiel", "Ezra",
	"Fabian", "Faustino", "Fausto", "Favian", "Federico", "Felipe", "Felix", "Felton", "Fermin", "Fern", "Fernando", "Ferne", "Fidel", "Filiberto", "Finn", "Flavio", "Fletcher", "Florencio", "Florian", "Floy", "Floyd", "Ford", "Forest", "Forrest", "Foster", "Francesco", "Francis", "Francisco", "Franco", "Frank", "Frankie", "Franz", "Fred", "Freddie", "Freddy", "Frederic", "Frederick", "Frederik", "Fredrick", "Fredy", "Freeman", "Friedrich", "Fritz", "Furman",
	"Gabe", "Gabriel", "Gaetano", "Gage", "Gardner", "Garett", "Garfield", "Garland", "Garnet", "Garnett", "Garret", "Garrett", "Garrick", "Garrison", "Garry", "Garth", "Gaston", "Gavin", "Gay", "Gayle", "Gaylord", "Gene", "General", "Gennaro", "Geo", "Geoffrey", "George", "Geovanni", "Geovanny", "Geovany", "Gerald", "Gerard", "Gerardo", "Gerhard", "German", "Gerson", "Gianni", "Gideon", "Gilbert", "Gilberto", "Giles", "Gillian", "Gino", "Giovani", "Giovanni", "Giovanny", "Giuseppe", "Glen", "Glennie", "Godfrey", "Golden", "Gonzalo", "Gordon", "Grady", "Graham", "Grant", "Granville", "Grayce", "Grayson", "Green", "Greg", "Gregg", "Gregorio", "Gregory", "Greyson", "Griffin", "Grover", "Guido", "Guillermo", "Guiseppe", "Gunnar", "Gunner", "Gus", "Gussie", "Gust", "Gustave", "Guy",
	"Hadley", "Hailey", "Hal", "Haleigh", "Haley", "Halle", "Hank", "Hans", "Hardy", "Harley", "Harmon", "Harold", "Harrison", "Harry", "Harvey", "Haskell", "Hassan", "Hayden", "Hayley", "Hazel", "Hazle", "Heber", "Hector", "Helmer", "Henderson", "Henri", "Henry", "Herbert", "Herman", "Hermann", "Herminio", "Hershel", "Hester", "Hilario", "Hilbert", "Hillard", "Hilton", "Hipolito", "Hiram", "Hobart", "Holden", "Hollis", "Horace", "Horacio", "Houston", "Howard", "Howell", "Hoyt", "Hubert", "Hudson", "Hugh", "Humberto", "Hunter", "Hyman",
	"Ian", "Ibrahim", "Ignacio", "Ignatius", "Ike", "Imani", "Immanuel", "Irving", "Irwin", "Isaac", "Isac", "Isadore", "Isai", "Isaiah", "Isaias", "Isidro", "Ismael", "Isom", "Israel", "Issac", "Izaiah",
	"Jabari", "Jace", "Jacey", "Jacinto", "Jack", "Jackson", "Jacques", "Jaden", "Jadon", "Jaeden", "Jaiden", "Jaime", "Jairo", "Jake", "Jakob", "Jaleel", "Jalen", "Jalon", "Jamaal", "Jamal", "Jamar", "Jamarcus", "Jamel", "Jameson", "Jamey", "Jamie", "Jamil", "Jamir", "Jamison", "Jan", "Janick", "Jaquan", "Jared", "Jaren", "Jarod", "Jaron", "Jarred", "Jarrell", "Jarret", "Jarrett", "Jarrod", "Jarvis", "Jasen", "Jasmin", "Jason", "Jasper", "Javier", "Javon", "Javonte", "Jay", "Jayce", "Jaycee", "Jayde", "Jayden", "Jaydon", "Jaylan", "Jaylen", "Jaylin", "Jaylon", "Jayme", "Jayson", "Jean", "Jed", "Jedediah", "Jedidiah", "Jeff", "Jefferey", "Jeffery", "Jeffrey", "Jeffry", "Jennings", "Jensen", "Jerad", "Jerald", "Jeramie", "Jeramy", "Jerel", "Jeremie", "Jeremy", "Jermain", "Jermey", "Jerod", "Jerome", "Jeromy", "Jerrell", "Jerrod", "Jerrold", "Jerry", "Jess", "Jesse", "Jessie", "Jessy", "Jesus", "Jett", "Jettie", "Jevon", "Jillian", "Jimmie", "Jimmy", "Jo", "Joan", "Joany", "Joaquin", "Jocelyn", "Joe", "Joel", "Joesph", "Joey", "Johan", "Johann", "Johathan", "John", "Johnathan", "Johnathon", "Johnnie", "Johnny", "Johnpaul", "Johnson", "Jon", "Jonas", "Jonatan", "Jonathan", "Jonathon", "Jordan", "Jordi", "Jordon", "Jordy", "Jordyn", "Jorge", "Jose", "Joseph", "Josh", "Joshua", "Joshuah", "Josiah", "Josue", "Jovan", "Jovani", "Jovanny", "Jovany", "Judah", "Judd", "Judge", "Judson", "Jules", "Julian", "Julien", "Julio", "Julius", "Junior", "Junius", "Justen", "Justice", "Juston", "Justus", "Justyn", "Juvenal", "Juwan",
	"Kacey", "Kade", "Kaden", "Kadin", "Kale", "Kaleb", "Kaleigh", "Kaley", "Kameron", "Kamren", "Kamron", "Kamryn", "Kane", "Kareem", "Karl", "Karley", "Karson", "Kay", "Kayden", "Kayleigh", "Kayley", "Keagan", "Keanu", "Keaton", "Keegan", "Keeley", "Keenan", "Keith", "Kellen", "Kelley", "Kelton", "Kelvin", "Ken", "Kendall", "Kendrick", "Kennedi", "Kennedy", "Kenneth", "Kennith", "Kenny", "Kenton", "Kenyon", "Keon", "Keshaun", "Keshawn", "Keven", "Kevin", "Kevon", "Keyon", "Keyshawn", "Khalid", "Khalil", "Kian", "Kiel", "Kieran", "Kiley", "Kim", "King", "Kip", "Kirk", "Kobe", "Koby", "Kody", "Kolby", "Kole", "Korbin", "Korey", "Kory", "Kraig", "Kris", "Kristian", "Kristofer", "Kristoffer", "Kristopher", "Kurt", "Kurtis", "Kyle", "Kyleigh", "Kyler",
	"Ladarius", "Lafayette", "Lamar", "Lambert", "Lamont", "Lance", "Landen", "Lane", "Laron", "Larry", "Larue", "Laurel", "Lavern", "Laverna", "Laverne", "Lavon", "Lawrence", "Lawson", "Layne", "Lazaro", "Lee", "Leif", "Leland", "Lemuel", "Lennie", "Lenny", "Leo", "Leon", "Leonard", "Leonardo", "Leone", "Leonel", "Leopold", "Leopoldo", "Lesley", "Lester", "Levi", "Lew", "Lewis", "Lexus", "Liam", "Lincoln", "Lindsey", "Linwood", "Lionel", "Lisandro", "Llewellyn", "Lloyd", "Logan", "Lon", "London", "Lonnie", "Lonny", "Lonzo", "Lorenz", "Lorenza", "Lorenzo", "Louie", "Louisa", "Lourdes", "Louvenia", "Lowell", "Loy", "Loyal", "Lucas", "Luciano", "Lucio", "Lucious", "Lucius", "Ludwig", "Luigi", "Luis", "Lukas", "Lula", "Luther", "Lyric",
	"Mac", "Macey", "Mack", "Mackenzie", "Madisen", "Madison", "Madyson", "Magnus", "Major", "Makenna", "Malachi", "Malcolm", "Mallory", "Manley", "Manuel", "Manuela", "Marc", "Marcel", "Marcelino", "Marcellus", "Marcelo", "Marco", "Marcos", "Marcus", "Mariano", "Mario", "Mark", "Markus", "Marley", "Marlin", "Marlon", "Marques", "Marquis", "Marshall", "Martin", "Marty", "Marvin", "Mason", "Mateo", "Mathew", "Mathias", "Matt", "Matteo", "Maurice", "Mauricio", "Maverick", "Mavis", "Max", "Maxime", "Maximilian", "Maximillian", "Maximo", "Maximus", "Maxine", "Maxwell", "Maynard", "Mckenna", "Mckenzie", "Mekhi", "Melany", "Melvin", "Melvina", "Merl", "Merle", "Merlin", "Merritt", "Mervin", "Micah", "Michael", "Michale", "Micheal", "Michel", "Miguel", "Mike", "Mikel", "Milan", "Miles", "Milford", "Miller", "Milo", "Milton", "Misael", "Mitchel", "Mitchell", "Modesto", "Mohamed", "Mohammad", "Mohammed", "Moises", "Monroe", "Monserrat", "Monserrate", "Montana", "Monte", "Monty", "Morgan", "Moriah", "Morris", "Mortimer", "Morton", "Mose", "Moses", "Moshe", "Muhammad", "Murl", "Murphy", "Murray", "Mustafa", "Myles", "Myrl", "Myron",
	"Napoleon", "Narciso", "Nash", "Nasir", "Nat", "Nathan", "Nathanael", "Nathanial", "Nathaniel", "Nathen", "Neal", "Ned", "Neil", "Nels", "Nelson", "Nestor", "Newell", "Newton", "Nicholas", "Nicholaus", "Nick", "Nicklaus", "Nickolas", "Nico", "Nicola", "Nicolas", "Nigel", "Nikko", "Niko", "Nikolas", "Nils", "Noah", "Noble", "Noe", "Noel", "Nolan", "Norbert", "Norberto", "Norris", "Norval", "Norwood",
	"Obie", "Oda", "Odell", "Okey", "Ola", "Olaf", "Ole", "Olen", "Olin", "Oliver", "Omari", "Omer", "Oral", "Oran", "Oren", "Orin", "Orion", "Orland", "Orlando", "Orlo", "Orrin", "Orval", "Orville", "Osbaldo", "Osborne", "Oscar", "Osvaldo", "Oswald", "Oswaldo", "Otho", "Otis", "Ottis", "Otto", "Owen",
	"Pablo", "Paolo", "Paris", "Parker", "Patrick", "Paul", "Paxton", "Payton", "Pedro", "Percival", "Percy", "Perry", "Pete", "Peter", "Peyton", "Philip", "Pierce", "Pierre", "Pietro", "Porter", "Presley", "Preston", "Price", "Prince",
	"Quentin", "Quincy", "Quinn", "Quinten", "Quinton",
	"Rafael", "Raheem", "Rahul", "Raleigh", "Ralph", "Ramiro", "Ramon", "Randal", "Randall", "Randi", "Randy", "Ransom", "Raoul", "Raphael", "Rashad", "Rashawn", "Rasheed", "Raul", "Raven", "Ray", "Raymond", "Raymundo", "Reagan", "Reece", "Reed", "Reese", "Regan", "Reggie", "Reginald", "Reid", "Reilly", "Reinhold", "Remington", "Rene", "Reuben", "Rex", "Rey", "Reyes", "Reymundo", "Reynold", "Rhett", "Rhiannon", "Ricardo", "Richard", "Richie", "Richmond", "Rick", "Rickey", "Rickie", "Ricky", "Rico", "Rigoberto", "Riley", "Robb", "Robbie", "Robert", "Roberto", "Robin", "Rocio", "Rocky", "Rod", "Roderick", "Rodger", "Rodolfo", "Rodrick", "Rodrigo", "Roel", "Rogelio", "Roger", "Rogers", "Rolando", "Rollin", "Roman", "Ron", "Ronaldo", "Ronny", "Roosevelt", "Rory", "Rosario", "Roscoe", "Rosendo", "Ross", "Rowan", "Rowland", "Roy", "Royal", "Royce", "Ruben", "Rudolph", "Rudy", "Rupert", "Russ", "Russel", "Russell", "Rusty", "Ryan", "Ryann", "Ryder", "Rylan", "Ryleigh", "Ryley",
	"Sage", "Saige", "Salvador", "Salvatore", "Sam", "Samir", "Sammie", "Sammy", "Samson", "Sanford", "Santa", "Santiago", "Santino", "Santos", "Saul", "Savion", "Schuyler", "Scot", "Scottie", "Scotty", "Seamus", "Sean", "Sebastian", "Sedrick", "Selmer", "Seth", "Shad", "Shane", "Shaun", "Shawn", "Shayne", "Sheldon", "Sheridan", "Sherman", "Sherwood", "Sid", "Sidney", "Sigmund", "Sigrid", "Sigurd", "Silas", "Sim", "Simeon", "Skye", "Skylar", "Sofia", "Soledad", "Solon", "Sonny", "Spencer", "Stan", "Stanford", "Stanley", "Stanton", "Stefan", "Stephan", "Stephen", "Stephon", "Sterling", "Steve", "Stevie", "Stewart", "Stone", "Stuart", "Sven", "Sydney", "Sylvan", "Sylvester",
	"Tad", "Talon", "Tanner", "Tate", "Tatum", "Taurean", "Tavares", "Taylor", "Ted", "Terence", "Terrance", "Terrell", "Terrence", "Terrill", "Terry", "Tevin", "Thad", "Thaddeus", "Theo", "Theodore", "Theron", "Thomas", "Thurman", "Tillman", "Timmothy", "Timmy", "Timothy", "Tito", "Titus", "Tobin", "Toby", "Tod", "Tom", "Tomas", "Tommie", "Toney", "Toni", "Tony", "Torey", "Torrance", "Torrey", "Toy", "Trace", "Tracey", "Travis", "Travon", "Tre", "Tremaine", "Tremayne", "Trent", "Trenton", "Trever", "Trevion", "Trevor", "Trey", "Tristian", "Tristin", "Triston", "Troy", "Trystan", "Turner", "Tyler", "Tyree", "Tyreek", "Tyrel", "Tyrell", "Tyrese", "Tyrique", "Tyshawn", "Tyson",
	"Ubaldo", "Ulices", "Ulises", "Unique", "Urban", "Uriah", "Uriel",
	"Valentin", "Van", "Vance", "Vaughn", "Vern", "Verner", "Vernon", "Vicente", "Victor", "Vidal", "Vince", "Vincent", "Vincenzo", "Vinnie", "Virgil", "Vito", "Vladimir",
	"Wade", "Waino", "Waldo", "Walker", "Wallace", "Walter", "Walton", "Ward", "Warren", "Watson", "Waylon", "Wayne", "Webster", "Weldon", "Wellington", "Wendell", "Werner", "Westley", "Weston", "Wilber", "Wilbert", "Wilburn", "Wiley", "Wilford", "Wilfred", "Wilfredo", "Wilfrid", "Wilhelm", "Will", "Willard", "William", "Willis", "Willy", "Wilmer", "Wilson", "Wilton", "Winfield", "Winston", "Woodrow", "Wyatt", "Wyman",
	"Xavier", "Xzavier", "Xander",
	"Yadav", "Yogesh", "Yaatiesh", "Yaamir",
	"Zachariah", "Zachary", "Zachery", "Zack", "Zackary", "Zackery", "Zakary", "Zander", "Zane", "Zechariah", "Zion",
}
var firstNamesFemale = []string{
	"Aaliyah", "Abagail", "Abbey", "Abbie", "Abbigail", "Abby", "Abigail", "Abigale", "Abigayle", "Ada", "Adah", "Adaline", "Addie", "Addison", "Adela", "Adele", "Adelia", "Adeline", "Adell", "Adella", "Adelle", "Aditya", "Adriana", "Adrianna", "Adrienne", "Aglae", "Agnes", "Agustina", "Aida", "Aileen", "Aimee", "Aisha", "Aiyana", "Alaina", "Alana", "Alanis", "Alanna", "Alayna", "Alba", "Alberta", "Albertha", "Albina", "Alda", "Aleen", "Alejandra", "Alena", "Alene", "Alessandra", "Alessia", "Aletha", "Alexa", "Alexandra", "Alexandrea", "Alexandria", "Alexandrine", "Alexane", "Alexanne", "Alfreda", "Alia", "Alice", "Alicia", "Alisa", "Alisha", "Alison", "Alivia", "Aliya", "Aliyah", "Aliza", "Alize", "Allene", "Allie", "Allison", "Ally", "Alta", "Althea", "Alva", "Alvena", "Alvera", "Alverta", "Alvina", "Alyce", "Alycia", "Alysa", "Alysha", "Alyson", "Alysson", "Amalia", "Amanda", "Amara", "Amaya", "Amber", "Amelia", "Amelie", "Amely", "America", "Amie", "Amina", "Amira", "Amiya", "Amy", "Amya", "Ana", "Anabel", "Anabelle", "Anahi", "Anais", "Anastasia", "Andreane", "Andreanne", "Angela", "Angelica", "Angelina", "Angeline", "Angelita", "Angie", "Anika", "Anissa", "Anita", "Aniya", "Aniyah", "Anjali", "Anna", "Annabel", "Annabell", "Annabelle", "Annalise", "Annamae", "Annamarie", "Anne", "Annetta", "Annette", "Annie", "Antoinette", "Antonetta", "Antonette", "Antonia", "Antonietta", "Antonina", "Anya", "April", "Ara", "Araceli", "Aracely", "Ardella", "Ardith", "Ariane", "Arianna", "Arielle", "Arlene", "Arlie", "Arvilla", "Aryanna", "Asa", "Asha", "Ashlee", "Ashleigh", "Ashley", "Ashly", "Ashlynn", "Ashtyn", "Asia", "Assunta", "Astrid", "Athena", "Aubree", "Aubrey", "Audie", "Audra", "Audreanne", "Audrey", "Augusta", "Augustine", "Aurelia", "Aurelie", "Aurore", "Autumn", "Ava", "Avis", "Ayana", "Ayla", "Aylin",
	"Baby", "Bailee", "Barbara", "Beatrice", "Beaulah", "Bella", "Belle", "Berenice", "Bernadette", "Bernadine", "Berneice", "Bernice", "Berniece", "Bernita", "Bert", "Beryl", "Bessie", "Beth", "Bethany", "Bethel", "Betsy", "Bette", "Bettie", "Betty", "Bettye", "Beulah", "Beverly", "Bianka", "Billie", "Birdie", "Blanca", "Blanche", "Bonita", "Bonnie", "Brandi", "Brandy", "Brandyn", "Breana", "Breanna", "Breanne", "Brenda", "Brenna", "Bria", "Briana", "Brianne", "Bridget", "Bridgette", "Bridie", "Brielle", "Brigitte", "Brionna", "Brisa", "Britney", "Brittany", "Brooke", "Brooklyn", "Bryana", "Bulah", "Burdette", "Burnice",
	"Caitlyn", "Caleigh", "Cali", "Calista", "Callie", "Camila", "Camilla", "Camille", "Camylle", "Candace", "Candice", "Candida", "Cara", "Carissa", "Carlee", "Carley", "Carli", "Carlie", "Carlotta", "Carmela", "Carmella", "Carmen", "Carolanne", "Carole", "Carolina", "Caroline", "Carolyn", "Carolyne", "Carrie", "Casandra", "Cassandra", "Cassandre", "Cassidy", "Cassie", "Catalina", "Caterina", "Catharine", "Catherine", "Cathrine", "Cathryn", "Cathy", "Cayla", "Cecelia", "Cecile", "Cecilia", "Celestine", "Celia", "Celine", "Chanel", "Chanelle", "Charity", "Charlene", "Charlotte", "Chasity", "Chaya", "Chelsea", "Chelsie", "Cheyanne", "Cheyenne", "Chloe", "Christa", "Christelle", "Christiana", "Christina", "Christine", "Christy", "Chyna", "Ciara", "Cierra", "Cindy", "Citlalli", "Claire", "Clara", "Clarabelle", "Clare", "Clarissa", "Claudia", "Claudie", "Claudine", "Clementina", "Clementine", "Clemmie", "Cleora", "Cleta", "Clotilde", "Colleen", "Concepcion", "Connie", "Constance", "Cora", "Coralie", "Cordia", "Cordie", "Corene", "Corine", "Corrine", "Cortney", "Courtney", "Creola", "Cristal", "Crystal", "Crystel", "Cydney", "Cynthia",
	"Dahlia", "Daija", "Daisha", "Daisy", "Dakota", "Damaris", "Dana", "Dandre", "Daniela", "Daniella", "Danielle", "Danika", "Dannie", "Danyka", "Daphne", "Daphnee", "Daphney", "Darby", "Dariana", "Darlene", "Dasia", "Dawn", "Dayana", "Dayna", "Deanna", "Deborah", "Deja", "Dejah", "Delfina", "Delia", "Delilah", "Della", "Delores", "Delpha", "Delphia", "Delphine", "Delta", "Demetris", "Dena", "Desiree", "Dessie", "Destany", "Destinee", "Destiney", "Destini", "Destiny", "Diana", "Dianna", "Dina", "Dixie", "Dolly", "Dolores", "Domenica", "Dominique", "Donna", "Dora", "Dorothea", "Dorothy", "Dorris", "Dortha", "Dovie", "Drew", "Duane", "Dulce",
	"Earlene", "Earline", "Earnestine", "Ebba", "Ebony", "Eda", "Eden", "Edna", "Edwina", "Edyth", "Edythe", "Effie", "Eileen", "Elaina", "Elda", "Eldora", "Eldridge", "Eleanora", "Eleanore", "Electa", "Elena", "Elenor", "Elenora", "Eleonore", "Elfrieda", "Eliane", "Elinor", "Elinore", "Elisa", "Elisabeth", "Elise", "Elisha", "Elissa", "Eliza", "Elizabeth", "Ella", "Ellen", "Ellie", "Elmira", "Elna", "Elnora", "Elody", "Eloisa", "Eloise", "Elouise", "Elsa", "Else", "Elsie", "Elta", "Elva", "Elvera", "Elvie", "Elyse", "Elyssa", "Elza", "Emelia", "Emelie", "Emely", "Emie", "Emilia", "Emilie", "Emily", "Emma", "Emmalee", "Emmanuelle", "Emmie", "Emmy", "Ena", "Enola", "Era", "Erica", "Ericka", "Erika", "Erna", "Ernestina", "Ernestine", "Eryn", "Esmeralda", "Esperanza", "Esta", "Estefania", "Estel", "Estell", "Estella", "Estelle", "Esther", "Estrella", "Etha", "Ethelyn", "Ethyl", "Ettie", "Eudora", "Eugenia", "Eula", "Eulah", "Eulalia", "Euna", "Eunice", "Eva", "Evalyn", "Evangeline", "Eve", "Eveline", "Evelyn", "Everette", "Evie",
	"Fabiola", "Fae", "Fannie", "Fanny", "Fatima", "Fay", "Faye", "Felicia", "Felicita", "Felicity", "Felipa", "Filomena", "Fiona", "Flavie", "Fleta", "Flo", "Florence", "Florida", "Florine", "Flossie", "Frances", "Francesca", "Francisca", "Freda", "Frederique", "Freeda", "Freida", "Frida", "Frieda",
	"Gabriella", "Gabrielle", "Gail", "Genesis", "Genevieve", "Genoveva", "Georgette", "Georgiana", "Georgianna", "Geraldine", "Gerda", "Germaine", "Gerry", "Gertrude", "Gia", "Gilda", "Gina", "Giovanna", "Gisselle", "Gladyce", "Gladys", "Glenda", "Glenna", "Gloria", "Golda", "Grace", "Gracie", "Graciela", "Gregoria", "Greta", "Gretchen", "Guadalupe", "Gudrun", "Gwen", "Gwendolyn",
	"Hailee", "Hailie", "Halie", "Hallie", "Hanna", "Hannah", "Harmony", "Hassie", "Hattie", "Haven", "Haylee", "Haylie", "Heath", "Heather", "Heaven", "Heidi", "Helen", "Helena", "Helene", "Helga", "Hellen", "Heloise", "Henriette", "Hermina", "Herminia", "Herta", "Hertha", "Hettie", "Hilda", "Hildegard", "Hillary", "Hilma", "Hollie", "Holly", "Hope", "Hortense", "Hosea", "Hulda",
	"Icie", "Ida", "Idell", "Idella", "Ila", "Ilene", "Iliana", "Ima", "Imelda", "Imogene", "Ines", "Irma", "Isabel", "Isabell", "Isabella", "Isabelle", "Isobel", "Itzel", "Iva", "Ivah", "Ivory", "Ivy", "Izabella",
	"Jacinthe", "Jackeline", "Jackie", "Jacklyn", "Jacky", "Jaclyn", "Jacquelyn", "Jacynthe", "Jada", "Jade", "Jadyn", "Jaida", "Jailyn", "Jakayla", "Jalyn", "Jammie", "Jana", "Janae", "Jane", "Janelle", "Janessa", "Janet", "Janice", "Janie", "Janis", "Janiya", "Jannie", "Jany", "Jaquelin", "Jaqueline", "Jaunita", "Jayda", "Jayne", "Jazlyn", "Jazmin", "Jazmyn", "Jazmyne", "Jeanette", "Jeanie", "Jeanne", "Jena", "Jenifer", "Jennie", "Jennifer", "Jennyfer", "Jermaine", "Jessica", "Jessika", "Jessyca", "Jewel", "Jewell", "Joana", "Joanie", "Joanne", "Joannie", "Joanny", "Jodie", "Jody", "Joelle", "Johanna", "Jolie", "Jordane", "Josefa", "Josefina", "Josephine", "Josiane", "Josianne", "Josie", "Joy", "Joyce", "Juana", "Juanita", "Jude", "Judy", "Julia", "Juliana", "Julianne", "Julie", "Juliet", "June", "Justina", "Justine",
	"Kaci", "Kacie", "Kaela", "Kaelyn", "Kaia", "Kailee", "Kailey", "Kailyn", "Kaitlin", "Kaitlyn", "Kali", "Kallie", "Kamille", "Kara", "Karelle", "Karen", "Kari", "Kariane", "Karianne", "Karina", "Karine", "Karlee", "Karli", "Karlie", "Karolann", "Kasandra", "Kasey", "Kassandra", "Katarina", "Katelin", "Katelyn", "Katelynn", "Katharina", "Katherine", "Katheryn", "Kathleen", "Kathlyn", "Kathryn", "Kathryne", "Katlyn", "Katlynn", "Katrina", "Katrine", "Kattie", "Kavon", "Kaya", "Kaycee", "Kayla", "Kaylah", "Kaylee", "Kayli", "Kaylie", "Kaylin", "Keara", "Keely", "Keira", "Kelli", "Kellie", "Kelly", "Kelsi", "Kelsie", "Kendra", "Kenna", "Kenya", "Kenyatta", "Kiana", "Kianna", "Kiara", "Kiarra", "Kiera", "Kimberly", "Kira", "Kirsten", "Kirstin", "Kitty", "Krista", "Kristin", "Kristina", "Kristy", "Krystal", "Krystel", "Krystina", "Kyla", "Kylee", "Kylie", "Kyra",
	"Lacey", "Lacy", "Laila", "Laisha", "Laney", "Larissa", "Laura", "Lauren", "Laurence", "Lauretta", "Lauriane", "Laurianne", "Laurie", "Laurine", "Laury", "Lauryn", "Lavada", "Lavina", "Lavinia", "Lavonne", "Layla", "Lea", "Leann", "Leanna", "Leanne", "Leatha", "Leda", "Leila", "Leilani", "Lela", "Lelah", "Lelia", "Lempi", "Lenna", "Lenora", "Lenore", "Leola", "Leonie", "Leonor", "Leonora", "Leora", "Lera", "Leslie", "Lesly", "Lessie", "Leta", "Letha", "Letitia", "Lexi", "Lexie", "Lia", "Liana", "Libbie", "Libby", "Lila", "Lilian", "Liliana", "Liliane", "Lilla", "Lillian", "Lilliana", "Lillie", "Lilly", "Lily", "Lilyan", "Lina", "Linda", "Lindsay", "Linnea", "Linnie", "Lisa", "Lisette", "Litzy", "Liza", "Lizeth", "Lizzie", "Lois", "Lola", "Lolita", "Loma", "Lonie", "Lora", "Loraine", "Loren", "Lorena", "Lori", "Lorine", "Lorna", "Lottie", "Lou", "Loyce", "Lucie", "Lucienne", "Lucile", "Lucinda", "Lucy", "Ludie", "Lue", "Luella", "Luisa", "Lulu", "Luna", "Lupe", "Lura", "Lurline", "Luz", "Lyda", "Lydia", "Lyla", "Lynn", "Lysanne",
	"Mabel", "Mabelle", "Mable", "Maci", "Macie", "Macy", "Madaline", "Madalyn", "Maddison", "Madeline", "Madelyn", "Madelynn", "Madge", "Madie", "Madilyn", "Madisyn", "Madonna", "Mae", "Maegan", "Maeve", "Mafalda", "Magali", "Magdalen", "Magdalena", "Maggie", "Magnolia", "Maia", "Maida", "Maiya", "Makayla", "Makenzie", "Malika", "Malinda", "Mallie", "Malvina", "Mandy", "Mara", "Marcelina", "Marcella", "Marcelle", "Marcia", "Margaret", "Margarete", "Margarett", "Margaretta", "Margarette", "Margarita", "Marge", "Margie", "Margot", "Margret", "Marguerite", "Maria", "Mariah", "Mariam", "Marian", "Mariana", "Mariane", "Marianna", "Marianne", "Maribel", "Marie", "Mariela", "Marielle", "Marietta", "Marilie", "Marilou", "Marilyne", "Marina", "Marion", "Marisa", "Marisol", "Maritza", "Marjolaine", "Marjorie", "Marjory", "Marlee", "Marlen", "Marlene", "Marquise", "Marta", "Martina", "Martine", "Mary", "Maryam", "Maryjane", "Maryse", "Mathilde", "Matilda", "Matilde", "Mattie", "Maud", "Maude", "Maudie", "Maureen", "Maurine", "Maxie", "Maximillia", "May", "Maya", "Maybell", "Maybelle", "Maye", "Maymie", "Mayra", "Mazie", "Mckayla", "Meagan", "Meaghan", "Meda", "Megane", "Meggie", "Meghan", "Melba", "Melisa", "Melissa", "Mellie", "Melody", "Melyna", "Melyssa", "Mercedes", "Meredith", "Mertie", "Meta", "Mia", "Micaela", "Michaela", "Michele", "Michelle", "Mikayla", "Millie", "Mina", "Minerva", "Minnie", "Miracle", "Mireille", "Mireya", "Missouri", "Misty", "Mittie", "Modesta", "Mollie", "Molly", "Mona", "Monica", "Monique", "Mossie", "Mozell", "Mozelle", "Muriel", "Mya", "Myah", "Mylene", "Myra", "Myriam", "Myrna", "Myrtice", "Myrtie", "Myrtis", "Myrtle",
	"Nadia", "Nakia", "Name", "Nannie", "Naomi", "Naomie", "Natalia", "Natalie", "Natasha", "Nayeli", "Nedra", "Neha", "Nelda", "Nella", "Nelle", "Nellie", "Neoma", "Nettie", "Neva", "Nia", "Nichole", "Nicole", "Nicolette", "Nikita", "Nikki", "Nina", "Noelia", "Noemi", "Noemie", "Noemy", "Nola", "Nona", "Nora", "Norene", "Norma", "Nova", "Novella", "Nya", "Nyah", "Nyasia",
	"Oceane", "Ocie", "Octavia", "Odessa", "Odie", "Ofelia", "Oleta", "Olga", "Ollie", "Oma", "Ona", "Onie", "Opal", "Ophelia", "Ora", "Orie", "Orpha", "Otha", "Otilia", "Ottilie", "Ova", "Ozella",
	"Paige", "Palma", "Pamela", "Pansy", "Pascale", "Pasquale", "Pat", "Patience", "Patricia", "Patsy", "Pattie", "Paula", "Pauline", "Pearl", "Pearlie", "Pearline", "Peggie", "Penelope", "Petra", "Phoebe", "Phyllis", "Pink", "Pinkie", "Piper", "Polly", "Precious", "Princess", "Priscilla", "Providenci", "Prudence",
	"Queen", "Queenie",
	"Rachael", "Rachel", "Rachelle", "Rae", "Raegan", "Rafaela", "Rahsaan", "Raina", "Ramona", "Raphaelle", "Raquel", "Reanna", "Reba", "Rebeca", "Rebecca", "Rebeka", "Rebekah", "Reina", "Renee", "Ressie", "Reta", "Retha", "Retta", "Reva", "Reyna", "Rhea", "Rhianna", "Rhoda", "Rita", "River", "Roberta", "Robyn", "Roma", "Romaine", "Rosa", "Rosalee", "Rosalia", "Rosalind", "Rosalinda", "Rosalyn", "Rosamond", "Rosanna", "Rose", "Rosella", "Roselyn", "Rosemarie", "Rosemary", "Rosetta", "Rosie", "Rosina", "Roslyn", "Rossie", "Rowena", "Roxane", "Roxanne", "Rozella", "Rubie", "Ruby", "Rubye", "Ruth", "Ruthe", "Ruthie", "Rylee",
	"Sabina", "Sabrina", "Sabryna", "Sadie", "Sadye", "Sallie", "Sally", "Salma", "Samanta", "Samantha", "Samara", "Sandra", "Sandrine", "Sandy", "Santina", "Sarah", "Sarai", "Sarina", "Sasha", "Savanah", "Savanna", "Savannah", "Scarlett", "Selena", "Selina", "Serena", "Serenity", "Shaina", "Shakira", "Shana", "Shanel", "Shanelle", "Shania", "Shanie", "Shaniya", "Shanna", "Shannon", "Shanny", "Shanon", "Shany", "Sharon", "Shawna", "Shaylee", "Shayna", "Shea", "Sheila", "Shemar", "Shirley", "Shyann", "Shyanne", "Sibyl", "Sienna", "Sierra", "Simone", "Sincere", "Sister", "Skyla", "Sonia", "Sonya", "Sophia", "Sophie", "Stacey", "Stacy", "Stefanie", "Stella", "Stephania", "Stephanie", "Stephany", "Summer", "Sunny", "Susan", "Susana", "Susanna", "Susie", "Suzanne", "Syble", "Sydnee", "Sydni", "Sydnie", "Sylvia",
	"Tabitha", "Talia", "Tamara", "Tamia", "Tania", "Tanya", "Tara", "Taryn", "Tatyana", "Taya", "Teagan", "Telly", "Teresa", "Tess", "Tessie", "Thalia", "Thea", "Thelma", "Theodora", "Theresa", "Therese", "Theresia", "Thora", "Tia", "Tiana", "Tianna", "Tiara", "Tierra", "Tiffany", "Tina", "Tomasa", "Tracy", "Tressa", "Tressie", "Treva", "Trinity", "Trisha", "Trudie", "Trycia", "Twila", "Tyra",
	"Una", "Ursula",
	"Vada", "Valentina", "Valentine", "Valerie", "Vallie", "Vanessa", "Veda", "Velda", "Vella", "Velma", "Velva", "Vena", "Verda", "Verdie", "Vergie", "Verla", "Verlie", "Verna", "Vernice", "Vernie", "Verona", "Veronica", "Vesta", "Vicenta", "Vickie", "Vicky", "Victoria", "Vida", "Vilma", "Vincenza", "Viola", "Violet", "Violette", "Virgie", "Virginia", "Virginie", "Vita", "Viva", "Vivian", "Viviane", "Vivianne", "Vivien", "Vivienne",
	"Wanda", "Wava", "Wendy", "Whitney", "Wilhelmine", "Willa", "Willie", "Willow", "Wilma", "Winifred", "Winnifred", "Winona",
	"Xiu-Mei", "Xio",
	"Yadira", "Yasmeen", "Yasmin", "Yasmine", "Yazmin", "Yesenia", "Yessenia", "Yolanda", "Yoshiko", "Yvette", "Yvonne",
	"Zaria", "Zelda", "Zella", "Zelma", "Zena", "Zetta", "Zita", "Zoe", "Zoey", "Zoie", "Zoila", "Zola", "Zora", "Zula",
}

var firstNames = append(firstNamesMale, firstNamesFemale...)

var lastNames = []string{
	"Abbott", "Abernathy", "Abshire", "Adams", "Altenwerth", "Anderson", "Ankunding", "Armstrong", "Auer", "Aufderhar",
	"Bahringer", "Bailey", "Balistreri", "Barrows", "Bartell", "Bartoletti", "Barton", "Bashirian", "Batz", "Bauch", "Baumbach", "Bayer", "Beahan", "Beatty", "Bechtelar", "Becker", "Bednar", "Beer", "Beier", "Berge", "Bergnaum", "Bergstrom", "Bernhard", "Bernier", "Bins", "Blanda", "Blick", "Block", "Bode", "Boehm", "Bogan", "Bogisich", "Borer", "Bosco", "Botsford", "Boyer", "Boyle", "Bradtke", "Brakus", "Braun", "Breitenberg", "Brekke", "Brown", "Bruen", "Buckridge",
	"Carroll", "Carter", "Cartwright", "Casper", "Cassin", "Champlin", "Christiansen", "Cole", "Collier", "Collins", "Conn", "Connelly", "Conroy", "Considine", "Corkery", "Cormier", "Corwin", "Cremin", "Crist", "Crona", "Cronin", "Crooks", "Cruickshank", "Cummerata", "Cummings",
	"Dach", "D'Amore", "Daniel", "Dare", "Daugherty", "Davis", "Deckow", "Denesik", "Dibbert", "Dickens", "Dicki", "Dickinson", "Dietrich", "Donnelly", "Dooley", "Douglas", "Doyle", "DuBuque", "Durgan",
	"Ebert", "Effertz", "Eichmann", "Emard", "Emmerich", "Erdman", "Ernser", "Fadel",
	"Fahey", "Farrell", "Fay", "Feeney", "Feest", "Feil", "Ferry", "Fisher", "Flatley", "Frami", "Franecki", "Friesen", "Fritsch", "Funk",
	"Gaylord", "Gerhold", "Gerlach", "Gibson", "Gislason", "Gleason", "Gleichner", "Glover", "Goldner", "Goodwin", "Gorczany", "Gottlieb", "Goyette", "Grady", "Graham", "Grant", "Green", "Greenfelder", "Greenholt", "Grimes", "Gulgowski", "Gusikowski", "Gutkowski", "Gutmann",
	"Haag", "Hackett", "Hagenes", "Hahn", "Haley", "Halvorson", "Hamill", "Hammes", "Hand", "Hane", "Hansen", "Harber", "Harris", "Hartmann", "Harvey", "Hauck", "Hayes", "Heaney", "Heathcote", "Hegmann", "Heidenreich", "Heller", "Herman", "Hermann", "Hermiston", "Herzog", "Hessel", "Hettinger", "Hickle", "Hilll", "Hills", "Hilpert", "Hintz", "Hirthe", "Hodkiewicz", "Hoeger", "Homenick", "Hoppe", "Howe", "Howell", "Hudson", "Huel", "Huels", "Hyatt",
	"Jacobi", "Jacobs", "Jacobson", "Jakubowski", "Jaskolski", "Jast", "Jenkins", "Jerde", "Johns", "Johnson", "Johnston", "Jones",
	"Kassulke", "Kautzer", "Keebler", "Keeling", "Kemmer", "Kerluke", "Kertzmann", "Kessler", "Kiehn", "Kihn", "Kilback", "King", "Kirlin", "Klein", "Kling", "Klocko", "Koch", "Koelpin", "Koepp", "Kohler", "Konopelski", "Koss", "Kovacek", "Kozey", "Krajcik", "Kreiger", "Kris", "Kshlerin", "Kub", "Kuhic", "Kuhlman", "Kuhn", "Kulas", "Kunde", "Kunze", "Kuphal", "Kutch", "Kuvalis",
	"Labadie", "Lakin", "Lang", "Langosh", "Langworth", "Larkin", "Larson", "Leannon", "Lebsack", "Ledner", "Leffler", "Legros", "Lehner", "Lemke", "Lesch", "Leuschke", "Lind", "Lindgren", "Littel", "Little", "Lockman", "Lowe", "Lubowitz", "Lueilwitz", "Luettgen", "Lynch",
	"Macejkovic", "Maggio", "Mann", "Mante", "Marks", "Marquardt", "Marvin", "Mayer", "Mayert", "McClure", "McCullough", "McDermott", "McGlynn", "McKenzie", "McLaughlin", "Medhurst", "Mertz", "Metz", "Miller", "Mills", "Mitchell", "Moen", "Mohr", "Monahan", "Moore", "Morar", "Morissette", "Mosciski", "Mraz", "Mueller", "Muller", "Murazik", "Murphy", "Murray",
	"Nader", "Nicolas", "Nienow", "Nikolaus", "Nitzsche", "Nolan",
	"Oberbrunner", "O'Connell", "O'Conner", "O'Hara", "O'Keefe", "O'Kon", "Okuneva", "Olson", "Ondricka", "O'Reilly", "Orn", "Ortiz", "Osinski",
	"Pacocha", "Padberg", "Pagac", "Parisian", "Parker", "Paucek", "Pfannerstill", "Pfeffer", "Pollich", "Pouros", "Powlowski", "Predovic", "Price", "Prohaska", "Prosacco", "Purdy",
	"Quigley", "Quitzon",
	"Rath", "Ratke", "Rau", "Raynor", "Reichel", "Reichert", "Reilly", "Reinger", "Rempel", "Renner", "Reynolds", "Rice", "Rippin", "Ritchie", "Robel", "Roberts", "Rodriguez", "Rogahn", "Rohan", "Rolfson", "Romaguera", "Roob", "Rosenbaum", "Rowe", "Ruecker", "Runolfsdottir", "Runolfsson", "Runte", "Russel", "Rutherford", "Ryan", "Sanford", "Satterfield", "Sauer", "Sawayn",
	"Schaden", "Schaefer", "Schamberger", "Schiller", "Schimmel", "Schinner", "Schmeler", "Schmidt", "Schmitt", "Schneider", "Schoen", "Schowalter", "Schroeder", "Schulist", "Schultz", "Schumm", "Schuppe", "Schuster", "Senger", "Shanahan", "Shields", "Simonis", "Sipes", "Skiles", "Smith", "Smitham", "Spencer", "Spinka", "Sporer", "Stamm", "Stanton", "Stark", "Stehr", "Steuber", "Stiedemann", "Stokes", "Stoltenberg", "Stracke", "Streich", "Stroman", "Strosin", "Swaniawski", "Swift",
	"Terry", "Thiel", "Thompson", "Tillman", "Torp", "Torphy", "Towne", "Toy", "Trantow", "Tremblay", "Treutel", "Tromp", "Turcotte", "Turner",
	"Ullrich", "Upton", "Vandervort", "Veum", "Volkman", "Von", "VonRueden", "Waelchi", "Walker", "Walsh", "Walter", "Ward", "Waters", "Watsica", "Weber", "Wehner", "Weimann", "Weissnat", "Welch", "West", "White", "Wiegand", "Wilderman", "Wilkinson", "Will", "Williamson", "Willms", "Windler", "Wintheiser", "Wisoky", "Wisozk", "Witting", "Wiza", "Wolf", "Wolff", "Wuckert", "Wunsch", "Wyman",
	"Yost", "Yundt", "Zboncak", "Zemlak", "Ziemann", "Zieme", "Zulauf",
}

var randNameFlag int

var genders = []string{"Male", "Female", "Prefer to skip"}

var chineseFirstNames = []string{
	"赵", "钱", "孙", "李", "周", "吴", "郑", "王", "冯", "陈", "褚", "卫", "蒋", "沈", "韩", "杨", "朱", "秦", "尤", "许",
	"何", "吕", "施", "张", "孔", "曹", "严", "华", "金", "魏", "陶", "姜", "戚", "谢", "邹", "喻", "柏", "水", "窦", "章",
	"云", "苏", "潘", "葛", "奚", "范", "彭", "郎", "鲁", "韦", "昌", "马", "苗", "凤", "花", "方", "俞", "任", "袁", "柳",
	"酆", "鲍", "史", "唐", "费", "廉", "岑", "薛", "雷", "贺", "倪", "汤", "滕", "殷", "罗", "毕", "郝", "邬", "安", "常",
	"乐", "于", "时", "傅", "皮", "卞", "齐", "康", "伍", "余", "元", "卜", "顾", "孟", "平", "黄", "和", "穆", "萧", "尹",
	"姚", "邵", "湛", "汪", "祁", "毛", "禹", "狄", "米", "贝", "明", "臧", "计", "伏", "成", "戴", "谈", "宋", "茅", "庞",
	"熊", "纪", "舒", "屈", "项", "祝", "董", "梁", "杜", "阮", "蓝", "闵", "席", "季", "麻", "强", "贾", "路", "娄", "危",
	"江", "童", "颜", "郭", "梅", "盛", "林", "刁", "钟", "徐", "邱", "骆", "高", "夏", "蔡", "田", "樊", "胡", "凌", "霍",
	"虞", "万", "支", "柯", "昝", "管", "卢", "莫", "经", "房", "裘", "缪", "干", "解", "应", "宗", "丁", "宣", "贲", "邓",
	"郁", "单", "杭", "洪", "包", "诸", "左", "石", "崔", "吉", "钮", "龚", "程", "嵇", "邢", "滑", "裴", "陆", "荣", "翁",
	"荀", "羊", "於", "惠", "甄", "麴", "家", "封", "芮", "羿", "储", "靳", "汲", "邴", "糜", "松", "井", "段", "富", "巫",
	"乌", "焦", "巴", "弓", "牧", "隗", "山", "谷", "车", "侯", "宓", "蓬", "全", "郗", "班", "仰", "秋", "仲", "伊", "宫",
	"宁", "仇", "栾", "暴", "甘", "钭", "厉", "戎", "祖", "武", "符", "刘", "景", "詹", "束", "龙", "叶", "幸", "司", "韶",
	"郜", "黎", "蓟", "薄", "印", "宿", "白", "怀", "蒲", "邰", "从", "鄂", "索", "咸", "籍", "赖", "卓", "蔺", "屠", "蒙",
	"池", "乔", "阴", "郁", "胥", "能", "苍", "双", "闻", "莘", "党", "翟", "谭", "贡", "劳", "逄", "姬", "申", "扶", "堵",
	"冉", "宰", "郦", "雍", "舄", "璩", "桑", "桂", "濮", "牛", "寿", "通", "边", "扈", "燕", "冀", "郏", "浦", "尚", "农",
	"温", "别", "庄", "晏", "柴", "瞿", "阎", "充", "慕", "连", "茹", "习", "宦", "艾", "鱼", "容", "向", "古", "易", "慎",
	"戈", "廖", "庾", "终", "暨", "居", "衡", "步", "都", "耿", "满", "弘", "匡", "国", "文", "寇", "广", "禄", "阙", "东",
	"殴", "殳", "沃", "利", "蔚", "越", "夔", "隆", "师", "巩", "厍", "聂", "晁", "勾", "敖", "融", "冷", "訾", "辛", "阚",
	"那", "简", "饶", "空", "曾", "毋", "沙", "乜", "养", "鞠", "须", "丰", "巢", "关", "蒯", "相", "查", "後", "荆", "红",
	"游", "竺", "权", "逯", "盖", "益", "桓", "公", "司马", "上官", "欧阳", "夏侯", "诸葛",
}

var chineseLastNames = []string{
	"澄邈", "德泽", "海超", "海阳", "海荣", "海逸", "海昌", "瀚钰", "瀚文", "涵亮", "涵煦", "明宇",
	"涵衍", "浩皛", "浩波", "浩博", "浩初", "浩宕", "浩歌", "浩广", "浩邈", "浩气", "浩思", "浩言",
	"鸿宝", "鸿波", "鸿博", "鸿才", "鸿畅", "鸿畴", "鸿达", "鸿德", "鸿飞", "鸿风", "鸿福", "鸿光",
	"鸿晖", "鸿朗", "鸿文", "鸿轩", "鸿煊", "鸿骞", "鸿远", "鸿云", "鸿哲", "鸿祯", "鸿志", "鸿卓",
	"嘉澍", "光济", "澎湃", "彭泽", "鹏池", "鹏海", "浦和", "浦泽", "瑞渊", "越泽", "博耘", "德运",
	"辰宇", "辰皓", "辰钊", "辰铭", "辰锟", "辰阳", "辰韦", "辰良", "辰沛", "晨轩", "晨涛", "晨濡",
	"晨潍", "鸿振", "吉星", "铭晨", "起运", "运凡", "运凯", "运鹏", "运浩", "运诚", "运良", "运鸿",
	"运锋", "运盛", "运升", "运杰", "运珧", "运骏", "运凯", "运乾", "维运", "运晟", "运莱", "运华",
	"耘豪", "星爵", "星腾", "星睿", "星泽", "星鹏", "星然", "震轩", "震博", "康震", "震博", "振强",
	"振博", "振华", "振锐", "振凯", "振海", "振国", "振平", "昂然", "昂雄", "昂杰", "昂熙", "昌勋",
	"昌盛", "昌淼", "昌茂", "昌黎", "昌燎", "昌翰", "晨朗", "德明", "德昌", "德曜", "范明", "飞昂",
	"高旻", "晗日", "昊然", "昊天", "昊苍", "昊英", "昊宇", "昊嘉", "昊明", "昊伟", "昊硕", "昊磊",
	"昊东", "鸿晖", "鸿朗", "华晖", "金鹏", "晋鹏", "敬曦", "景明", "景天", "景浩", "俊晖", "君昊",
	"昆锐", "昆卉", "昆峰", "昆颉", "昆谊", "昆皓", "昆鹏", "昆明", "昆杰", "昆雄", "昆纶", "鹏涛",
	"依秋", "依波", "香巧", "紫萱", "涵易", "忆之", "幻巧", "美倩", "安寒", "白亦", "惜玉", "碧春",
	"怜雪", "听南", "念蕾", "紫夏", "凌旋", "芷梦", "凌寒", "梦竹", "千凡", "丹蓉", "慧贞", "思菱",
	"平卉", "笑柳", "雪卉", "南蓉", "谷梦", "巧兰", "绿蝶", "飞荷", "佳蕊", "芷荷", "怀瑶", "慕易",
	"若芹", "紫安", "曼冬", "寻巧", "雅昕", "尔槐", "以旋", "初夏", "依丝", "怜南", "傲菡", "谷蕊",
	"笑槐", "飞兰", "笑卉", "迎荷", "佳音", "梦君", "妙绿", "觅雪", "寒安", "沛凝", "白容", "乐蓉",
	"映安", "依云", "映冬", "凡雁", "梦秋", "梦凡", "秋巧", "若云", "元容", "怀蕾", "灵寒", "天薇",
	"翠安", "乐琴", "宛南", "怀蕊", "白风", "访波", "亦凝", "易绿", "夜南", "曼凡", "亦巧", "青易",
	"冰真", "白萱", "友安", "海之", "小蕊", "又琴", "天风", "若松", "盼菡", "秋荷", "香彤", "语梦",
	"惜蕊", "迎彤", "沛白", "雁彬", "易蓉", "雪晴", "诗珊", "春冬", "晴钰", "冰绿", "半梅", "笑容",
	"沛凝", "映秋", "盼烟", "晓凡", "涵雁", "问凝", "冬萱", "晓山", "雁蓉", "梦蕊", "山菡", "南莲",
	"飞双", "凝丝", "思萱", "怀梦", "雨梅", "冷霜", "向松", "迎丝", "迎梅", "雅彤", "香薇", "以山",
	"碧萱", "寒云", "向南", "书雁", "怀薇", "思菱", "忆文", "翠巧", "书文", "若山", "向秋", "凡白",
	"绮烟", "从蕾", "天曼", "又亦", "从语", "绮彤", "之玉", "凡梅", "依琴", "沛槐", "又槐", "元绿",
}

var russianFirstNamesMale = []string{
	"Авдей", "Авксентий", "Агафон", "Акакий", "Александр", "Алексей", "Альберт", "Альвиан", "Анатолий", "Андрей", "Аникита",
	"Антон", "Антонин", "Анфим", "Аристарх", "Аркадий", "Арсений", "Артём", "Артемий", "Артур", "Архипп", "Афанасий", "Богдан",
	"Борис", "Вавила", "Вадим", "Валентин", "Валерий", "Валерьян", "Варлам", "Варсонофий", "Варфоломей", "Василий", "Венедикт",
	"Вениамин", "Викентий", "Виктор", "Виссарион", "Виталий", "Владимир", "Владислав", "Владлен", "Влас", "Всеволод",
	"Вячеслав", "Гавриил", "Галактион", "Геласий", "Геннадий", "Георгий", "Герасим", "Герман", "Германн", "Глеб", "Гордей",
	"Григорий", "Данакт", "Даниил", "Демид", "Демьян", "Денис", "Дмитрий", "Добрыня", "Донат", "Дорофей", "Евгений",
	"Евграф", "Евдоким", "Евсей", "Евстафий", "Егор", "Емельян", "Еремей", "Ермолай", "Ерофей", "Ефим", "Ефрем", "Ждан",
	"Зиновий", "Иакинф", "Иван", "Игнатий", "Игорь", "Илья", "Иннокентий", "Ираклий", "Ириней", "Исидор", "Иуда", "Иулиан",
	"Капитон", "Ким", "Кир", "Кирилл", "Климент", "Кондрат", "Конон", "Константин", "Корнилий", "Кузьма", "Куприян",
	"Лаврентий", "Лев", "Леонид", "Леонтий", "Логгин", "Лука", "Лукий", "Лукьян", "Магистриан", "Макар", "Максим", "Марк",
	"Мартын", "Матвей", "Мелентий", "Мина", "Мирон", "Мирослав", "Митрофан", "Михаил", "Мстислав", "Назар", "Нестор",
	"Никанор", "Никита", "Никифор", "Никодим", "Николай", "Никон", "Олег", "Онисим", "Онуфрий", "Павел", "Паисий", "Панкратий",
	"Пантелеймон", "Парфений", "Пафнутий", "Пахомий", "Пётр", "Платон", "Поликарп", "Порфирий", "Потап", "Пров", "Прокопий",
	"Протасий", "Прохор", "Родион", "Родослав", "Роман", "Ростислав", "Руслан", "Савва", "Савелий", "Самуил", "Святополк",
	"Святослав", "Севастьян", "Семён", "Серафим", "Сергей", "Сила", "Сильвестр", "Созон", "Софрон", "Спиридон", "Станислав",
	"Степан", "Тарас", "Тимофей", "Тимур", "Тит", "Тихон", "Трифон", "Трофим", "Фаддей", "Фёдор", "Федосей", "Федот", "Феликс",
	"Феоктист", "Филат", "Филимон", "Филипп", "Фирс", "Фока", "Фома", "Фотий", "Фрол", "Харитон", "Хрисанф", "Христофор",
	"Эдуард", "Эраст", "Юлиан", "Юрий", "Юстин", "Яков", "Якун", "Ярослав", "Иосиф",
}
var russianFirstNamesFemale = []string{
	"Ава", "Августа", "Августина", "Авдотья", "Аврора", "Агапия", "Агата", "Агафья", "Аглая", "Агния", "Агунда", "Ада",
	"Аделаида", "Аделина", "Адель", "Адиля", "Адриана", "Аза", "Азалия", "Азиза", "Аида", "Аиша", "Ай", "Айару", "Айгерим",
	"Айгуль", "Айлин", "Айнагуль", "Айнур", "Айсель", "Айсун", "Айсылу", "Аксинья", "Алана", "Алевтина", "Александра",
	"Алексия", "Алеста", "Алина", "Алиса", "Алия", "Алла", "Алсу", "Алтын", "Альба", "Альбина", "Альфия", "Аля", "Алёна",
	"Амалия", "Амаль", "Амина", "Амира", "Анабель", "Анаит", "Анастасия", "Ангелина", "Анжела", "Анжелика", "Анисья", "Анита",
	"Анна", "Антонина", "Анфиса", "Аполлинария", "Арабелла", "Ариадна", "Ариана", "Арианда", "Арина", "Ария", "Асель", "Асия",
	"Астрид", "Ася", "Афина", "Аэлита", "Ая", "Аяна", "Бажена", "Беатрис", "Бела", "Белинда", "Белла", "Берта", "Богдана",
	"Божена", "Бьянка", "Бэлла", "Валентина", "Валерия", "Ванда", "Ванесса", "Варвара", "Василина", "Василиса", "Венера",
	"Вера", "Вероника", "Веста", "Вета", "Викторина", "Виктория", "Вилена", "Виола", "Виолетта", "Вита", "Виталина", "Виталия",
	"Влада", "Владана", "Владислава", "Габриэлла", "Галина", "Галия", "Гаяна", "Гаянэ", "Генриетта", "Глафира", "Гоар",
	"Грета", "Гульзира", "Гульмира", "Гульназ", "Гульнара", "Гульшат", "Гюзель", "Далида", "Дамира", "Дана", "Даниэла",
	"Дания", "Дара", "Дарина", "Дарья", "Даяна", "Джамиля", "Дженна", "Дженнифер", "Джессика", "Джиневра", "Диана", "Дильназ",
	"Дильнара", "Диля", "Дилярам", "Дина", "Динара", "Долорес", "Доминика", "Домна", "Домника", "Ева", "Евангелина",
	"Евгения", "Евдокия", "Екатерина", "Елена", "Елизавета", "Есения", "Ея", "Жаклин", "Жанна", "Жансая", "Жасмин", "Жозефина",
	"Жоржина", "Забава", "Заира", "Залина", "Замира", "Зара", "Зарема", "Зарина", "Земфира", "Зинаида", "Зита", "Злата",
	"Златослава", "Зоряна", "Зоя", "Зульфия", "Зухра", "Ивета", "Иветта", "Изабелла", "Илина", "Иллирика", "Илона", "Ильзира",
	"Илюза", "Инга", "Индира", "Инесса", "Инна", "Иоанна", "Ира", "Ирада", "Ираида", "Ирина", "Ирма", "Искра", "Ия", "Камила",
	"Камилла", "Кара", "Каре", "Карима", "Карина", "Каролина", "Кира", "Клавдия", "Клара", "Констанция", "Кора", "Корнелия",
	"Кристина", "Ксения", "Лада", "Лана", "Лара", "Лариса", "Лаура", "Лейла", "Леона", "Лера", "Леся", "Лета", "Лиана", "Лидия",
	"Лиза", "Лика", "Лили", "Лилиана", "Лилит", "Лилия", "Лина", "Линда", "Лиора", "Лира", "Лия", "Лола", "Лолита", "Лора",
	"Луиза", "Лукерья", "Лукия", "Луна", "Любава", "Любовь", "Людмила", "Люсиль", "Люсьена", "Люция", "Люче", "Ляйсан", "Ляля",
	"Мавиле", "Мавлюда", "Магда", "Магдалeна", "Мадина", "Мадлен", "Майя", "Макария", "Малика", "Мара", "Маргарита", "Марианна",
	"Марика", "Марина", "Мария", "Мариям", "Марта", "Марфа", "Мелания", "Мелисса", "Мехри", "Мика", "Мила", "Милада", "Милана",
	"Милен", "Милена", "Милица", "Милослава", "Мина", "Мира", "Мирослава", "Мирра", "Михримах", "Мишель", "Мия", "Моника",
	"Муза", "Надежда", "Наиля", "Наима", "Нана", "Наоми", "Наргиза", "Наталья", "Нелли", "Нея", "Ника", "Николь", "Нина",
	"Нинель", "Номина", "Нонна", "Нора", "Нурия", "Одетта", "Оксана", "Октябрина", "Олеся", "Оливия", "Ольга", "Офелия",
	"Павлина", "Памела", "Патриция", "Паула", "Пейтон", "Пелагея", "Перизат", "Платонида", "Полина", "Прасковья", "Равшана",
	"Рада", "Разина", "Раиля", "Раиса", "Раифа", "Ралина", "Рамина", "Раяна", "Ребекка", "Регина", "Резеда", "Рена", "Рената",
	"Риана", "Рианна", "Рикарда", "Римма", "Рина", "Рита", "Роберта", "Рогнеда", "Роза", "Роксана", "Роксолана", "Рузалия",
	"Рузанна", "Русалина", "Руслана", "Руфина", "Руфь", "Сабина", "Сабрина", "Сажида", "Саида", "Салима", "Саломея", "Сальма",
	"Самира", "Сандра", "Сания", "Сара", "Сати", "Сауле", "Сафия", "Сафура", "Саяна", "Светлана", "Севара", "Селена", "Сельма",
	"Серафима", "Сесилия", "Сиара", "Сильвия", "Симона", "Снежана", "Соня", "Софья", "Стелла", "Стефания", "Сусанна", "Таисия",
	"Тамара", "Тамила", "Тара", "Татьяна", "Тая", "Таяна", "Теона", "Тереза", "Тея", "Тина", "Тиффани", "Томирис", "Тора",
	"Тэмми", "Ульяна", "Ума", "Урсула", "Устинья", "Фазиля", "Фаина", "Фарида", "Фариза", "Фатима", "Федора", "Фелисити",
	"Фелиция", "Феруза", "Физалия", "Фируза", "Флора", "Флоренс", "Флорентина", "Флоренция", "Флориана", "Фредерика",
	"Фрида", "Фёкла", "Хадия", "Хилари", "Хлоя", "Хюррем", "Цагана", "Цветана", "Цецилия", "Циара", "Челси", "Чеслава",
	"Чулпан", "Шакира", "Шарлотта", "Шахина", "Шейла", "Шелли", "Шерил", "Эвелина", "Эвита", "Элеонора", "Элиана", "Элиза",
	"Элина", "Элла", "Эльвина", "Эльвира", "Эльмира", "Эльнара", "Эля", "Эмили", "Эмилия", "Эмма", "Энже", "Эрика", "Эрмина",
	"Эсмеральда", "Эсмира", "Эстер", "Этель", "Этери", "Юлианна", "Юлия", "Юна", "Юния", "Юнона", "Ядвига", "Яна", "Янина",
	"Ярина", "Ярослава", "Ясмина"}

var russianLastNamesMale = []string{
	"Абакумов", "Абдуллаев", "Абрамов", "Абрикосов", "Абросимов", "Абузяров", "Авакумов", "Аввакум", "Авдеев", "Авдеенко",
	"Авдиев", "Авен", "Аверкиев", "Аверков", "Аверченко", "Авилин", "Авилов", "Авксентьев", "Аврамов", "Авсеев", "Авченко",
	"Агапеев", "Агапов", "Агапьев", "Агафонов", "Агеев", "Агутин", "Адамович", "Адрианов", "Ажаев", "Азаров", "Азарьев",
	"Азарьин", "Азольский", "Айзман", "Айтматов", "Акатов", "Акатьев", "Акбулатов", "Акимов", "Акиндинов", "Акинфиев",
	"Акинфов", "Аксенов", "Аксентьев", "Аксёнов", "Акулин", "Акулов", "Алданов", "Алейников", "Александров", "Алексеев",
	"Алексиевич", "Алексин", "Алехин", "Алешковский", "Алимпиев", "Алипов", "Алипьев", "Алисов", "Алпатов", "Алтухов",
	"Алферьев", "Алфимов", "Алфёров", "Алябьев", "Амарантов", "Амвросов", "Амвросьев", "Аммосов", "Амосов", "Амфитеатров",
	"Ананьев", "Ананьин", "Анастасов", "Анастасьев", "Андреев", "Андрианов", "Андроников", "Андронов", "Андропов",
	"Андрусов", "Анемподистов", "Аникеев", "Анисимов", "Анискин", "Анкидинов", "Анкудинов", "Анненков", "Аннинский",
	"Антипин", "Антипов", "Антипьев", "Антонов", "Антоньев", "Ануров", "Анурьев", "Анфимов", "Анхимов", "Анцыферов",
	"Анчаров", "Анюков", "Апарин", "Арабов", "Арановский", "Арбатов", "Арбитман", "Арбузов", "Ардалионов", "Аренский",
	"Арепьев", "Арефин", "Арефов", "Арефьев", "Аристархов", "Аристов", "Аркадов", "Аркадьев", "Аркадьин", "Арро", "Арсенов",
	"Арсеньев", "Артамонов", "Артемьев", "Артёмов", "Архангельский", "Архипов", "Архипьев", "Арцыбашев", "Арцыбушев",
	"Асафов", "Асафьев", "Асеев", "Астапов", "Астафьев", "Астахов", "Асташин", "Аствацатуров", "Атаманов", "Афанасов",
	"Афанасьев", "Афлатуни", "Афремов", "Африканов", "Африкантов", "Афросимов", "Ахадов", "Ахмедов", "Бабаевский",
	"Бабаченко", "Бабель", "Бабиков", "Бабуров", "Бабченко", "Бавильский", "Багиров", "Багринцев", "Багрянцев", "Бажов",
	"Байбородин", "Бакланов", "Бакунин", "Балдин", "Балков", "Банников", "Банщиков", "Баранов", "Бартенев", "Басинский",
	"Баскаков", "Басманов", "Басыров", "Бацкалевич", "Бачило", "Безбатько", "Бездетко", "Беззубенко", "Безрученко",
	"Безручко", "Белезянский", "Беленко", "Беленький", "Белинский", "Белобоцкий", "Белобровко", "Белов", "Белозеров",
	"Белозёров", "Белоиван", "Белокуров", "Беломлинский", "Белоножко", "Белооченко", "Белоруков", "Белорусец", "Белоусов",
	"Белошапко", "Белый", "Белых", "Беляев", "Беляков", "Белянкин", "Бенедиктов", "Бенигсен", "Березин", "Березовский",
	"Берестов", "Берсенев", "Берсенёв", "Берёза", "Берёзин", "Беседин", "Беспаленко", "Беспалов", "Беспалько", "Беспутин",
	"Бессараб", "Бестужев", "Марлинский", "Бианки", "Бирюков", "Битов", "Блинов", "Блок", "Блохин", "Бобков", "Боборыкин",
	"Бобров", "Бобылёв", "Богатченко", "Богданов", "Богданович", "Боголюбский", "Богомолов", "Богомяков", "Богословский",
	"Богоявленский", "Богуславский", "Бодров", "Бодылев", "Боженко", "Бойко", "Болмат", "Болотов", "Болтышев", "Болучевский",
	"Большаков", "Бондарев", "Бондарь", "Борисенко", "Борисов", "Борищенко", "Бормор", "Борн", "Боровой", "Бородин",
	"Бортников", "Борцов", "Босов", "Боченков", "Бочков", "Бочоришвили", "Бояндин", "Боярский", "Бояшов", "Брагин", "Брасс",
	"Брежнев", "Брешковский", "Бровцев", "Бродский", "Бруштейн", "Брюсов", "Бугрименко", "Бузин", "Буйда", "Букша", "Булатов",
	"Булгаков", "Булганин", "Булгарин", "Булочников", "Булычев", "Бундур", "Бунин", "Буняченко", "Бураченко", "Буркатовский",
	"Бурмистров", "Буров", "Буровский", "Буряченко", "Бутин", "Бутов", "Буторин", "Бушин", "Быков", "Быченко", "Бычков",
	"Вавилин", "Вавилов", "Вайман", "Вайнеры", "Вайсбеккер", "Вакуленко", "Вакулин", "Вакулов", "Валентинов", "Валетов",
	"Варавва", "Варламов", "Варнавин", "Варченко", "Варшавский", "Васечкин", "Васечко", "Василев", "Василенко", "Василов",
	"Васильев", "Васильевич", "Васькин", "Васюченко", "Вахтин", "Веденский", "Веллер", "Вельтман", "Веневитинов",
	"Венедиктов", "Вепрев", "Верзилов", "Веркин", "Верников", "Вершинин", "Веселов", "Веселый", "Ветров", "Визбор",
	"Викентьев", "Виккерс", "Викторов", "Вильмонт", "Виноградов", "Винтилов", "Вирхов", "Витковский", "Витушев", "Витязев",
	"Вихров", "Вишневский", "Вишняков", "Владимиров", "Владимирский", "Владимов", "Власов", "Власьев", "Внифатьев",
	"Вовчок", "Воддеников", "Водолазкин", "Войнов", "Войнович", "Волков", "Володарский", "Володихин", "Волос", "Волочков",
	"Вонифатов", "Вонифатьев", "Воробьев", "Воробьёв", "Воронов", "Воронцов", "Воротников", "Воскобойников", "Востряков",
	"Вотрин", "Всеволожский", "Вяземский", "Габышев", "Гаврилин", "Гаврилов", "Гагарин", "Газданов", "Гай", "Гайдар",
	"Гайдук", "Галактионов", "Галкин", "Галковский", "Галктионов", "Гальего", "Гальцов", "Гаммер", "Гандлевский", "Ганиев",
	"Ганичев", "Гарасимов", "Гаррос", "Гатапов", "Гедеонов", "Геласимов", "Геннадиев", "Геогиевский", "Герасимов",
	"Гераскин", "Геращенко", "Герман", "Германов", "Гермогенов", "Герцен", "Гершанов", "Гиваргизов", "Гиляровский",
	"Гиршович", "Гладилин", "Гладков", "Гладышев", "Глинка", "Глуховский", "Глушик", "Гляделкин", "Гнатюк", "Гнедич",
	"Гнилорыбов", "Гоголь", "Гогуа", "Голиков", "Головачёв", "Голофтеев", "Голубев", "Голунов", "Гомзиков", "Гончаров",
	"Горалик", "Горбачёв", "Горбунов", "Гордеев", "Горелов", "Горенштейн", "Горланов", "Горлов", "Горчев", "Горшков",
	"Горький", "Гостев", "Гранин", "Графинин", "Гребенщиков", "Гриб", "Грибанов", "Григоров", "Григорович", "Григорьев",
	"Грин", "Гришин", "Гришковец", "Грозный", "Громов", "Гроссман", "Грунин", "Грязев", "Губерман", "Гуляев", "Гумилёв",
	"Гуревич", "Гурский", "Гурьев", "Гусев", "Гусельников", "Гутенёв", "Гуцко", "Гущин", "Давыдов", "Далин", "Далматов",
	"Даль", "Данилин", "Данилкин", "Данилов", "Данильчук", "Данихнов", "Даниэль", "Данов", "Даньков", "Дашкевич", "Дашков",
	"Девяткин", "Дегтев", "Дедов", "Деев", "Дежнев", "Дежнёв", "Дементьев", "Демидов", "Денежкин", "Денисенко", "Денисов",
	"Денисьев", "Деревенский", "Дзержинский", "Дижур", "Диксон", "Димитриев", "Дмитриев", "Дмитрук", "Добродеев",
	"Добролюбов", "Доброхотов", "Добычин", "Довлатов", "Додолев", "Долгих", "Долгопят", "Долженко", "Долин", "Долинский",
	"Долиняк", "Долотин", "Домбровский", "Домников", "Донецкий", "Донцов", "Доримедонтов", "Дормедонтов", "Дормидонтов",
	"Доронин", "Дорофеев", "Дорошенко", "Достоевский", "Драгунский", "Дракохурст", "Дриянский", "Дроздов", "Дружаев",
	"Дружинин", "Дружников", "Дубаев", "Дубин", "Дубинин", "Дубинянский", "Дубов", "Дудин", "Дудинцев", "Дышев", "Дьяконов",
	"Дьячков", "Дёготь", "Дёмушкин", "Евгенов", "Евгеньев", "Евдокимов", "Евлампиев", "Евменов", "Евменьев", "Евплов",
	"Евсеев", "Евстафьев", "Евстигнеев", "Евстифеев", "Евстратов", "Евсюков", "Евтифеев", "Евтихеев", "Евтушенко", "Егоров",
	"Егорьев", "Ежов", "Екимов", "Елагин", "Еланцев", "Елеазаров", "Елеферьев", "Елизаров", "Елизарьев", "Елисеев", "Елфимов",
	"Ельчин", "Ельшин", "Емельянов", "Емец", "Ененко", "Епенетов", "Епимахов", "Епинетов", "Епифанов", "Епифаньев", "Ерастов",
	"Еремеев", "Ермаков", "Ермилин", "Ермилов", "Ермошин", "Ерофеев", "Ерошкин", "Ершов", "Ерёмин", "Есенин", "Есин", "Есипов",
	"Естамонов", "Ефимов", "Ефимьев", "Ефремов", "Ефросинов", "Ешкилев", "Жаринов", "Жарковский", "Жбанов", "Жвалевский",
	"Жвалов", "Жданов", "Жемчужников", "Жеребцов", "Жерихов", "Живаго", "Живетьев", "Жириновский", "Житинский", "Житков",
	"Жук", "Жуков", "Жуковский", "Жуликов", "Жулин", "Журавлёв", "Журавский", "Заболотских", "Заболоцкий", "Заборов",
	"Заволокин", "Загорцев", "Задорнов", "Задоров", "Зайончковский", "Зайцев", "Зализняк", "Залотуха", "Залыгин", "Замуткин",
	"Замыслов", "Замятин", "Заостровцев", "Заплетин", "Зарубин", "Затворник", "Захаров", "Захарьев", "Захарьин", "Збруев",
	"Зверев", "Звоницкий", "Звягин", "Зеленин", "Земляной", "Земсков", "Зиганшин", "Зикунов", "Зимин", "Зиновьев",
	"Златовратский", "Златогорский", "Златоустский", "Знаменский", "Золотцев", "Золотько", "Зондберг", "Зонис", "Зорин",
	"Зорич", "Зосимов", "Зотеев", "Зотов", "Зотьев", "Зощенко", "Зудин", "Зуев", "Зыкин", "Зыков", "Зюганов", "Зюзюкин",
	"Зябликов", "Ивакин", "Иваницкий", "Иванкин", "Иванов", "Иванченко", "Ивлев", "Ивонин", "Ивонов", "Игнатов", "Игнатьев",
	"Игнашев", "Игумнов", "Идиатуллин", "Идов", "Иевлев", "Иженяков", "Измайлов", "Изосимов", "Изотов", "Иличевский",
	"Ильенков", "Ильин", "Ильницкий", "Инин", "Иовлев", "Ионин", "Ионов", "Ипатов", "Ипатьев", "Ипполитов", "Иринеев",
	"Исаев", "Исаин", "Исаков", "Искандер", "Кабаков", "Кабанов", "Каверин", "Каганов", "Казакевич", "Казаков", "Казанцев",
	"Казимиров", "Казинцев", "Калашников", "Каледин", "Калинин", "Каминов", "Каминский", "Камша", "Канаев", "Кандауров",
	"Кандель", "Каневский", "Канович", "Кантор", "Капитонов", "Каплан", "Капнист", "Капустин", "Карабанов", "Карагодин",
	"Карамзин", "Карасев", "Карасёв", "Караулов", "Каренин", "Карив", "Карионов", "Карлов", "Карпеев", "Карпенков", "Карпов",
	"Картофельников", "Каруселин", "Касимов", "Кассиль", "Катаев", "Катерли", "Катишонок", "Катков", "Кац", "Кашафутдинов",
	"Кашин", "Каштанов", "Квартальнов", "Кедрин", "Кенжеев", "Кердан", "Кетро", "Киктенко", "Ким", "Киприанов", "Кириков",
	"Кирилин", "Кириллов", "Кирилов", "Киркиж", "Киров", "Кирпиченко", "Кирсанов", "Киселёв", "Кисин", "Кислицын", "Китов",
	"Клеников", "Клеопин", "Клеопов", "Клепиков", "Клепов", "Клех", "Климентов", "Климентьев", "Клюев", "Кнабенгоф", "Князев",
	"Кобах", "Кобзев", "Кобрин", "Ковалев", "Коваленко", "Коваль", "Ковальджи", "Ковалёв", "Ковшов", "Кожевников", "Козел",
	"Козлачков", "Козлов", "Козырев", "Козьмин", "Коклюшкин", "Колесников", "Колин", "Колобов", "Колокольцев", "Колпакиди",
	"Колпаков", "Колядин", "Комаров", "Комиссаров", "Кондратов", "Кондратьев", "Коновалов", "Кононов", "Кононыхин",
	"Константинов", "Конторович", "Контровский", "Конюков", "Конюшевский", "Коняев", "Копелев", "Копылов", "Корабальников",
	"Корецкий", "Коржавин", "Коркищенко", "Кормильцев", "Корнилов", "Корнильев", "Коровин", "Королев", "Короленко",
	"Королюк", "Королёв", "Коростелёв", "Корчагин", "Корявин", "Косник", "Косой", "Костин", "Косьмин", "Котляревский",
	"Котов", "Котовский", "Кофанов", "Кох", "Кочергин", "Кошелев", "Кошелёв", "Кравченко", "Крамаренко", "Крапивин",
	"Красильников", "Красник", "Кривомазов", "Кривцов", "Кругосветов", "Круз", "Крупин", "Крупник", "Крупнов", "Крусанов",
	"Крутихин", "Кручёных", "Крылов", "Крюков", "Крячко", "Куваев", "Кувалдин", "Кудинов", "Кудрявцев", "Кудряшов",
	"Кузечкин", "Кузиков", "Кузнецов", "Кузьмин", "Кулагин", "Кулаков", "Куликов", "Купреянов", "Куприн", "Купряшин",
	"Куратов", "Курилов", "Курков", "Курочкин", "Курчаткин", "Кучерский", "Лаврентьев", "Лаврин", "Лавров", "Лагин",
	"Лагунов", "Лазарев", "Лайдон", "Лактионов", "Ланьков", "Лапин", "Лапицкий", "Лапутин", "Ларионов", "Латынин", "Лахтионов",
	"Лебедев", "Лебедь", "Леванидов", "Левин", "Левитас", "Левитин", "Левонов", "Левонтьев", "Леонидов", "Леонов",
	"Леонтьев", "Лепёхин", "Лермонтов", "Лесин", "Лесков", "Ливадный", "Ливанов", "Ливри", "Лигачёв", "Лидский", "Лимонов",
	"Липатов", "Липкин", "Липовецкий", "Липскеров", "Листьев", "Литаврин", "Литвинов", "Лиханов", "Лихачёв", "Личутин",
	"Лобанов", "Лобков", "Ловчиков", "Логинов", "Ложкомоев", "Лойко", "Ломакин", "Ломов", "Ломоносов", "Лорченков",
	"Лоскутов", "Лошкомоев", "Лощиц", "Лугинов", "Лужин", "Лукин", "Лукошин", "Лукьяненко", "Лукьянов", "Лунц", "Луппов",
	"Луппол", "Лутьянов", "Лыжин", "Лыткин", "Любимов", "Люкин", "Люсин", "Лялин", "Мавров", "Мазин", "Маканин", "Макаревич",
	"Макаренко", "Макаров", "Макарьев", "Макин", "Максимишин", "Максимов", "Максимушкин", "Малафеев", "Малахеев",
	"Малахов", "Малецкий", "Маликов", "Малинин", "Малкин", "Малышев", "Маляров", "Мамантов", "Мамедов",
	"Мамлеев", "Мамонтов", "Мандельштам", "Мануйлов", "Манулкин", "Манылин", "Манылов", "Марамзин", "Маргелов", "Маринин",
	"Маркелов", "Маркианов", "Марков", "Марковчин", "Мартемьянов", "Мартынов", "Мартытов", "Мартьянов", "Маршак", "Маслов",
	"Матвеев", "Маханенко", "Махнач", "Машкин", "Маяковский", "Маямсин", "Маятников", "Медведев", "Медков", "Мелитонов", "Мелихов",
	"Мельников", "Мень", "Мережковский", "Мерецков", "Меркулов", "Меркульев", "Меркуров", "Меркурьев", "Меркушев",
	"Метлицкий", "Мигулёв", "Микитов", "Микушевич", "Милов", "Минаев", "Минин", "Мирер", "Миронов", "Мирошников", "Мисайлов",
	"Митрофанов", "Митрофаньев", "Мифтахутдинов", "Михаилов", "Михайлин", "Михайлов", "Михайловский", "Михаленко",
	"Михальченко", "Михеев", "Мишин", "Мишкин", "Мишнев", "Мишустин", "Могила", "Могутин", "Модестов", "Можаев", "Мозгов",
	"Мозговой", "Мозжухин", "Моисеев", "Мойсеев", "Молчанов", "Монастырский", "Мордовцев", "Морковин", "Морозов",
	"Морщаков", "Мосеев", "Москвин", "Моторин", "Мохнаткин", "Муравьёв", "Мурман", "Мурманенко", "Мурманец", "Мурманин",
	"Мурманов", "Мурмановский", "Мурманский", "Мурманцев", "Мурманчук", "Мурманюк", "Муромский", "Мухин", "Мышкин", "Мягков",
	"Мясников", "Набоков", "Навальный", "Нагибин", "Нагорный", "Надсон", "Назаров", "Назарьев", "Найман", "Нарбиков",
	"Нарежный", "Нарицин", "Наседкин", "Насонов", "Наугольный", "Наумов", "Нахапетов", "Невзоров", "Негин", "Незнанский",
	"Неклюдов", "Некрасов", "Немиров", "Немцов", "Немчинов", "Ненароков", "Несмеянов", "Неспанов", "Нестеров", "Нетребо",
	"Нетёсов", "Нефедьев", "Нефёдов", "Нехлюдов", "Нехорошев", "Нечаев", "Никандров", "Никаноров", "Никитин", "Никифоров",
	"Никодимов", "Николаев", "Николаевич", "Николаенко", "Николин", "Никонов", "Никтитин", "Никулин", "Новгородцев",
	"Новиков", "Новодворский", "Новосельцев", "Новосёлов", "Норов", "Носков", "Носов", "Обросимов", "Обухов", "Овдокимов",
	"Овечкин", "Овросимов", "Овсеев", "Овчинников", "Огарев", "Оглоблин", "Одинцов", "Одоевский", "Окатов", "Окулов",
	"Окунев", "Олейников", "Олефир", "Олеша", "Олимпиев", "Олисов", "Олсуфьев", "Олтухов", "Олферьев", "Ольбик", "Омельчук",
	"Омельянов", "Онисимов", "Опимахов", "Орехов", "Орлов", "Орловский", "Осеев", "Осинский", "Осипов", "Осокин", "Осоргин",
	"Остальский", "Останин", "Остапов", "Остафьев", "Остратов", "Островский", "Офросимов", "Охотин", "Очин", "Павлинов",
	"Павлов", "Павловский", "Павлюк", "Палей", "Палицин", "Пальцев", "Памфилов", "Панаев", "Панкеев", "Панкратов",
	"Панкратьев", "Панов", "Пантелеев", "Панфилов", "Панфильев", "Панюшкин", "Парамонов", "Парменьев", "Пармёнов",
	"Парфенчиков", "Парфеньев", "Парфёнов", "Паршов", "Парщиков", "Пасечник", "Пастернак", "Пастухов", "Патрикеев",
	"Паустовский", "Паушкин", "Пафнутьев", "Пафомов", "Пахмутов", "Пахомов", "Пахомьев", "Пашков", "Пашковский", "Певзнер",
	"Пелевин", "Пепперштейн", "Первушин", "Пересторин", "Пермяков", "Перумов", "Перфильев", "Перфишин", "Перхуров",
	"Перхурьев", "Перцев", "Песков", "Пестов", "Петелин", "Петкевич", "Петров", "Петрушевский", "Петухов", "Пивоваров",
	"Пигасов", "Пигасьев", "Пикуль", "Пильняк", "Пименов", "Писарев", "Писемский", "Питиримов", "Пишенко", "Пияшев",
	"Плавильщиков", "Плакидин", "Платов", "Платонов", "Платухин", "Плотников", "Плющев", "Победоносцев", "Подгородецкий",
	"Подистов", "Подколзин", "Подушков", "Позамантир", "Позгалёв", "Покровский", "Полевой", "Поливанов", "Полиевктов",
	"Поликарпов", "Полоков", "Полоцкий", "Полуектов", "Полуехтов", "Полукарпов", "Полуянов", "Полуяхтов", "Поляков",
	"Поляновский", "Полянский", "Померанцев", "Помяловский", "Пономарев", "Пономарёв", "Поплавский", "Попов", "Попугаев",
	"Порфирьев", "Потапов", "Потапьев", "Прашкевич", "Привалов", "Пригов", "Пригожин", "Прилепин", "Приставкин", "Пришвин",
	"Проклов", "Прокопивич", "Прокопов", "Прокопьев", "Прокофьев", "Пророков", "Просвирнин", "Протасов", "Протасьев",
	"Протоклитов", "Проханов", "Прохоров", "Прошин", "Прудников", "Прутков", "Пудеев", "Пудов", "Пупкин", "Путин", "Пучков",
	"Пушкин", "Пчёлкин", "Пьецух", "Пьянов", "Работников", "Радзинский", "Радивонов", "Радищев", "Радугин", "Развожаев",
	"Раков", "Ранцов", "Распутин", "Расторгуев", "Ратников", "Рахматуллин", "Рачков", "Рекемчук", "Ремезов", "Ремизов",
	"Ремнёв", "Репников", "Ржевский", "Римский", "Робски", "Рогов", "Родивонов", "Родионов", "Родченков", "Рожков",
	"Розанов", "Ромазанов", "Романов", "Ростов", "Рубанов", "Рубин", "Русаков", "Рыбаков", "Рыжонок", "Рылеев", "Рыльников",
	"Рысев", "Рябов", "Саблин", "Саватеев", "Саватьев", "Саввович", "Савельев", "Савин", "Савинов", "Савкин", "Савостьянов",
	"Савченко", "Савёлов", "Садофов", "Садофьев", "Садулаев", "Садур", "Сажин", "Сазонов", "Сакин", "Саломатов", "Сальников",
	"Самойлов", "Самсонов", "Самылин", "Самылов", "Санаев", "Сапронов", "Сапрыкин", "Сараскин", "Сафонов", "Сафронов",
	"Сахарнов", "Сахновский", "Сбитнев", "Сбруев", "Светлов", "Свечин", "Свинаренко", "Свиридов", "Свитнев", "Свободных",
	"Севастьянов", "Севела", "Северьянов", "Северянин", "Сегал", "Сегень", "Сейдов", "Секацкий", "Селезнёв", "Селиверстов",
	"Селин", "Семенов", "Семёнов", "Сенчин", "Серафимович", "Сергеев", "Серебренников", "Серебрянский", "Серенко", "Серов",
	"Сид", "Сиднин", "Сидоркин", "Сидоров", "Силин", "Симбирский", "Симеонов", "Симонов", "Синявский", "Синякин", "Ситников",
	"Скапидаров", "Скатов", "Скворцов", "Скидан", "Скоренко", "Скоробогатов", "Скороходов", "Скульский", "Скуратов",
	"Славин", "Славников", "Слаповский", "Слепнев", "Слепнёв", "Слепухин", "Слюньков", "Слюсаренко", "Смехов", "Смирнов",
	"Смоленский", "Смолин", "Смольников", "Смородинский", "Снегирев", "Собакин", "Соболев", "Соболь", "Собчак", "Советов",
	"Согрин", "Созонов", "Созонтов", "Соков", "Соколов", "Сокуров", "Солженицин", "Солнцев", "Соловьев", "Соловьёв",
	"Сологуб", "Солодников", "Соломатин", "Солопов", "Сопронов", "Сорбатский", "Сорокин", "Соротокин", "Соснора",
	"Сотников", "Софонов", "Софронов", "Софроньев", "Сошников", "Спивак", "Спиридонов", "Спиридоньев", "Ставецкий",
	"Ставрогин", "Стариков", "Старков", "Старобинец", "Стародубцев", "Старостенко", "Старченко", "Стельмах", "Степанов",
	"Степной", "Стефашин", "Стогниенко", "Стогов", "Стратоников", "Стрелков", "Стругацкие", "Субботин", "Суворов",
	"Сударушкин", "Сумароков", "Супрунов", "Суров", "Суханов", "Сухилин", "Сухов", "Сысоев", "Сычев", "Сычин", "Сычёв",
	"Табаков", "Табатчиков", "Таланов", "Таралов", "Тарасов", "Тарасьев", "Тарковский", "Тарн", "Тарусов", "Тархов",
	"Тасбулатов", "Тендряков", "Терентьев", "Терехов", "Терешков", "Тесаков", "Тетерин", "Тимофеев", "Титов", "Титовых",
	"Тиханин", "Тихомиров", "Тихон", "Тихонов", "Тованичев", "Токарев", "Токарь", "Толстой", "Толстых", "Топчиев",
	"Торлопов", "Третьяков", "Трефилов", "Трефильев", "Трифонов", "Тропин", "Трофимов", "Троцкий", "Трудолюбов",
	"Труфанов", "Тургенев", "Туркул", "Туров", "Туровский", "Тучков", "Тынянов", "Тюльпанов", "Тютчев", "Тёмкин",
	"Уваров", "Углев", "Удалов", "Удальцов", "Удачин", "Удодов", "Улицкий", "Ульянов", "Упатов", "Успенский", "Устинов",
	"Устьянов", "Уткин", "Утёсов", "Фавстов", "Фадеев", "Фалалеев", "Фандеев", "Фатеев", "Фатьянов", "Федин", "Федоров",
	"Федосеев", "Федосов", "Федосьев", "Федотов", "Федотьев", "Федулеев", "Федулин", "Федулов", "Феклисов", "Фенев",
	"Феоктистов", "Феонин", "Феофанов", "Феофилактов", "Феофилов", "Фетисов", "Фефилов", "Филаретов", "Филатов",
	"Филатьев", "Филахтов", "Филимонихин", "Филимонов", "Филипов", "Филиппов", "Филиппьев", "Филипьев", "Филков",
	"Филонов", "Философов", "Фионин", "Фирсов", "Флегонтов", "Флегонтьев", "Фокин", "Фомин", "Фомичёв", "Фонвизин",
	"Фортунатов", "Фотеев", "Фотиев", "Фотьев", "Фофанов", "Фраерманн", "Фрай", "Фролов", "Фурман", "Фурманов", "Фурсов",
	"Фурцев", "Фёдоров", "Хадеев", "Хаецкий", "Хазанов", "Хазин", "Харитонов", "Харламов", "Харлампиев", "Хармс", "Хаустов",
	"Хемлин", "Херасков", "Хлестаков", "Хлопонин", "Хлумов", "Ходасевич", "Хохлов", "Хрисогонов", "Христофоров",
	"Цветанков", "Цветков", "Цепов", "Цыганов", "Цыпкин", "Чаплин", "Чаплыгин", "Чарский", "Чарушников", "Чванов",
	"Чебышёв", "Чекмаев", "Черепанов", "Черепенников", "Черкашин", "Чернев", "Чернов", "Черноусов", "Чернышев",
	"Чернышевский", "Чертанов", "Черчесов", "Чехов", "Чивилихин", "Чиж", "Чижов", "Чиков", "Чипчиков", "Чирков", "Чистов",
	"Чичваркин", "Чудаков", "Чудинов", "Чуковский", "Чулаки", "Чумаков", "Чуприянов", "Чурилов", "Чуров", "Шабалов",
	"Шакиров", "Шаламов", "Шаликов", "Шалыганов", "Шамбаров", "Шапошников", "Шарапов", "Шаргунов", "Шаров", "Шатыренок",
	"Шахмагонов", "Шашков", "Шварц", "Шевкун", "Шевцов", "Шевченко", "Шемякин", "Шепилов", "Шерстобитов", "Шестаков",
	"Шестинский", "Шестков", "Шеянов", "Шилов", "Ширяев", "Шишкин", "Шишков", "Шмелев", "Шолохов", "Шпанов", "Шубин",
	"Шукшин", "Шуртаков", "Шутко", "Щеглов", "Щекин", "Щекочихин", "Щелконогов", "Щепа", "Щепило", "Щепкин", "Щербаков",
	"Щербин", "Щукин", "Эйсмонт", "Эмин", "Эренбург", "Юдин", "Юдов", "Юзефович", "Юппи", "Юровских", "Юрский", "Юхновский",
	"Яворский", "Ягужинский", "Ядов", "Язов", "Якимов", "Яковлев", "Якушев", "Янин", "Янковский", "Янов", "Ярин", "Ярок",
	"Яськов", "Яхин",
}

var russianLastNamesFemale = []string{
	"Абакумова", "Абдуллаева", "Абрамова", "Абрикосова", "Абросимова", "Абузярова", "Авакумова", "Авдеева", "Авдиева",
	"Аверкиева", "Аверкова", "Авилина", "Авилова", "Авксентьева", "Аврамова", "Авсеева", "Агапеева", "Агапова", "Агапьева",
	"Агафонова", "Агеева", "Агутина", "Адрианова", "Ажаева", "Азарова", "Азарьева", "Азарьина", "Азольская", "Айтматова",
	"Акатова", "Акатьева", "Акбулатова", "Акимова", "Акиндинова", "Акинфиева", "Акинфова", "Аксенова", "Аксентьева",
	"Аксёнова", "Акулина", "Акулова", "Алданова", "Алейникова", "Александрова", "Алексеева", "Алексина", "Алехина",
	"Алешковская", "Алимпиева", "Алипова", "Алипьева", "Алисова", "Алпатова", "Алтухова", "Алферьева", "Алфимова",
	"Алфёрова", "Алябьева", "Амарантова", "Амвросова", "Амвросьева", "Аммосова", "Амосова", "Амфитеатрова", "Ананьева",
	"Ананьина", "Анастасова", "Анастасьева", "Андреева", "Андрианова", "Андроникова", "Андронова", "Андропова", "Андрусова",
	"Анемподистова", "Аникеева", "Анисимова", "Анискина", "Анкидинова", "Анкудинова", "Анненкова", "Аннинская", "Антипина",
	"Антипова", "Антипьева", "Антонова", "Антоньева", "Анурова", "Анурьева", "Анфимова", "Анхимова", "Анцыферова", "Анчарова",
	"Анюкова", "Апарина", "Арабова", "Арановская", "Арбатова", "Арбузова", "Ардалионова", "Аренская", "Арепьева", "Арефина",
	"Арефова", "Арефьева", "Аристархова", "Аристова", "Аркадова", "Аркадьева", "Аркадьина", "Арсенова", "Арсеньева",
	"Артамонова", "Артемьева", "Артёмова", "Архангельская", "Архипова", "Архипьева", "Арцыбашева", "Арцыбушева", "Асафова",
	"Асафьева", "Асеева", "Астапова", "Астафьева", "Астахова", "Асташина", "Аствацатурова", "Атаманова", "Афанасова",
	"Афанасьева", "Афремова", "Африканова", "Африкантова", "Афросимова", "Ахадова", "Ахмедова", "Бабаевская", "Бабикова",
	"Бабурова", "Бавильская", "Багирова", "Багринцева", "Багрянцева", "Бажова", "Байбородина", "Бакланова", "Бакунина",
	"Балдина", "Балкова", "Банникова", "Банщикова", "Баранова", "Бартенева", "Басинская", "Баскакова", "Басманова",
	"Басырова", "Белезянская", "Белинская", "Белова", "Белозерова", "Белозёрова", "Белокурова", "Беломлинская",
	"Белорукова", "Белоусова", "Беляева", "Белякова", "Белянкина", "Бенедиктова", "Березина", "Березовская", "Берестова",
	"Берсенева", "Берёзина", "Беседина", "Беспалова", "Беспутина", "Бестужева", "Марлинская", "Бирюкова", "Битова", "Блинова",
	"Блохина", "Бобкова", "Боборыкина", "Боброва", "Богданова", "Боголюбская", "Богомолова", "Богомякова", "Богословская",
	"Богоявленская", "Богуславская", "Бодрова", "Бодылева", "Болотова", "Болтышева", "Болучевская", "Большакова",
	"Бондарева", "Борисова", "Боровая", "Бородина", "Бортникова", "Борцова", "Босова", "Боченкова", "Бочкова", "Бояндина",
	"Боярская", "Бояшова", "Брагина", "Брежнева", "Брешковская", "Бровцева", "Бродская", "Брюсова", "Бузина", "Булатова",
	"Булгакова", "Булганина", "Булгарина", "Булочникова", "Булычева", "Бунина", "Буркатовская", "Бурмистрова", "Бурова",
	"Буровская", "Бутина", "Бутова", "Буторина", "Бушина", "Быкова", "Бычкова", "Вавилина", "Вавилова", "Вакулина",
	"Вакулова", "Валентинова", "Валетова", "Варламова", "Варнавина", "Варшавская", "Васечкина", "Василева", "Василова",
	"Васильева", "Васькина", "Вахтина", "Веденская", "Веневитинова", "Венедиктова", "Вепрева", "Верзилова", "Веркина",
	"Верникова", "Вершинина", "Веселова", "Ветрова", "Викентьева", "Викторова", "Виноградова", "Винтилова", "Вирхова",
	"Витковская", "Витушева", "Витязева", "Вихрова", "Вишневская", "Вишнякова", "Владимирова", "Владимирская", "Владимова",
	"Власова", "Власьева", "Внифатьева", "Водденикова", "Водолазкина", "Войнова", "Волкова", "Володарская", "Володихина",
	"Волочкова", "Вонифатова", "Вонифатьева", "Воробьева", "Воронова", "Воронцова", "Воротникова", "Воскобойникова",
	"Вострякова", "Вотрина", "Всеволожская", "Вяземская", "Габышева", "Гаврилина", "Гаврилова", "Гагарина", "Газданова",
	"Галактионова", "Галкина", "Галковская", "Галктионова", "Гальцова", "Гандлевская", "Ганиева", "Ганичева", "Гарасимова",
	"Гатапова", "Гедеонова", "Геласимова", "Геннадиева", "Геогиевская", "Герасимова", "Гераскина", "Германова",
	"Гермогенова", "Гершанова", "Гиваргизова", "Гиляровская", "Гладилина", "Гладкова", "Гладышева", "Глуховская",
	"Гляделкина", "Гнилорыбова", "Голикова", "Голофтеева", "Голубева", "Голунова", "Гомзикова", "Гончарова", "Горбунова",
	"Гордеева", "Горелова", "Горланова", "Горлова", "Горчева", "Горшкова", "Гостева", "Гранина", "Графинина", "Гребенщикова",
	"Грибанова", "Григорова", "Григорьева", "Грина", "Гришина", "Громова", "Грунина", "Грязева", "Гуляева", "Гурская",
	"Гурьева", "Гусева", "Гусельникова", "Гущина", "Давыдова", "Далина", "Далматова", "Данилина", "Данилкина", "Данилова",
	"Данихнова", "Данова", "Данькова", "Дашкова", "Девяткина", "Дегтева", "Дедова", "Деева", "Дежнева", "Дементьева",
	"Демидова", "Денежкина", "Денисова", "Денисьева", "Деревенская", "Дзержинская", "Димитриева", "Дмитриева", "Добродеева",
	"Добролюбова", "Доброхотова", "Добычина", "Довлатова", "Додолева", "Долина", "Долинская", "Долотина", "Домбровская",
	"Домникова", "Донцова", "Доримедонтова", "Дормедонтова", "Дормидонтова", "Доронина", "Дорофеева", "Достоевская",
	"Драгунская", "Дриянская", "Дроздова", "Дружаева", "Дружинина", "Дружникова", "Дубаева", "Дубина", "Дубинина",
	"Дубинянская", "Дубова", "Дудина", "Дудинцева", "Дышева", "Дьяконова", "Дьячкова", "Дёмушкина", "Евгенова", "Евгеньева",
	"Евдокимова", "Евлампиева", "Евменова", "Евменьева", "Евплова", "Евсеева", "Евстафьева", "Евстигнеева", "Евстифеева",
	"Евстратова", "Евсюкова", "Евтифеева", "Евтихеева", "Егорова", "Егорьева", "Ежова", "Екимова", "Елагина", "Еланцева",
	"Елеазарова", "Елеферьева", "Елизарова", "Елизарьева", "Елисеева", "Елфимова", "Ельчина", "Ельшина", "Емельянова",
	"Епенетова", "Епимахова", "Епинетова", "Епифанова", "Епифаньева", "Ерастова", "Еремеева", "Ермакова", "Ермилина",
	"Ермилова", "Ермошина", "Ерофеева", "Ерошкина", "Ершова", "Ерёмина", "Есенина", "Есина", "Есипова", "Естамонова",
	"Ефимова", "Ефимьева", "Ефремова", "Ефросинова", "Ешкилева", "Жаринова", "Жарковская", "Жбанова", "Жвалевская",
	"Жвалова", "Жданова", "Жемчужникова", "Жеребцова", "Жерихова", "Живетьева", "Жириновская", "Житинская", "Житкова",
	"Жукова", "Жуковская", "Жуликова", "Жулина", "Журавская", "Заборова", "Заволокина", "Загорцева", "Задорнова", "Задорова",
	"Зайончковская", "Зайцева", "Залыгина", "Замуткина", "Замыслова", "Замятина", "Заостровцева", "Заплетина", "Зарубина",
	"Захарова", "Захарьева", "Захарьина", "Збруева", "Зверева", "Звягина", "Зеленина", "Земляная", "Земскова", "Зиганшина",
	"Зикунова", "Зимина", "Зиновьева", "Златовратская", "Златогорская", "Златоустская", "Знаменская", "Золотцева",
	"Зорина", "Зосимова", "Зотеева", "Зотова", "Зотьева", "Зудина", "Зуева", "Зыкина", "Зыкова", "Зюганова", "Зюзюкина",
	"Зябликова", "Ивакина", "Иванкина", "Иванова", "Ивлева", "Ивонина", "Ивонова", "Игнатова", "Игнатьева", "Игнашева",
	"Игумнова", "Идиатуллина", "Идова", "Иевлева", "Иженякова", "Измайлова", "Изосимова", "Изотова", "Иличевская",
	"Ильенкова", "Ильина", "Инина", "Иовлева", "Ионина", "Ионова", "Ипатова", "Ипатьева", "Ипполитова", "Иринеева",
	"Исаева", "Исаина", "Исакова", "Кабакова", "Кабанова", "Каверина", "Каганова", "Казакова", "Казанцева", "Казимирова",
	"Казинцева", "Калашникова", "Каледина", "Калинина", "Каминова", "Каминская", "Канаева", "Кандаурова", "Каневская",
	"Капитонова", "Капустина", "Карабанова", "Карагодина", "Карамзина", "Карасева", "Караулова", "Каренина", "Карионова",
	"Карлова", "Карпеева", "Карпенкова", "Карпова", "Картофельникова", "Каруселина", "Касимова", "Катаева", "Каткова",
	"Кашафутдинова", "Кашина", "Каштанова", "Квартальнова", "Кедрина", "Кенжеева", "Киприанова", "Кирикова", "Кирилина",
	"Кириллова", "Кирилова", "Кирова", "Кирсанова", "Кисина", "Китова", "Кленикова", "Клеопина", "Клеопова", "Клепикова",
	"Клепова", "Климентова", "Климентьева", "Клюева", "Князева", "Кобзева", "Кобрина", "Ковалева", "Ковшова", "Кожевникова",
	"Козлачкова", "Козлова", "Козырева", "Козьмина", "Коклюшкина", "Колесникова", "Колина", "Колобова", "Колокольцева",
	"Колпакова", "Колядина", "Комарова", "Комиссарова", "Кондратова", "Кондратьева", "Коновалова", "Кононова", "Кононыхина",
	"Константинова", "Контровская", "Конюкова", "Конюшевская", "Коняева", "Копелева", "Копылова", "Корабальникова",
	"Коржавина", "Кормильцева", "Корнилова", "Корнильева", "Коровина", "Королева", "Корчагина", "Корявина", "Косая",
	"Костина", "Косьмина", "Котляревская", "Котова", "Котовская", "Кофанова", "Кочергина", "Кошелева", "Крапивина",
	"Красильникова", "Кривомазова", "Кривцова", "Кругосветова", "Крупина", "Крупнова", "Крусанова", "Крутихина", "Крылова",
	"Крюкова", "Куваева", "Кувалдина", "Кудинова", "Кудрявцева", "Кудряшова", "Кузечкина", "Кузикова", "Кузнецова",
	"Кузьмина", "Кулагина", "Кулакова", "Куликова", "Купреянова", "Куприна", "Купряшина", "Куратова", "Курилова", "Куркова",
	"Курочкина", "Курчаткина", "Кучерская", "Лаврентьева", "Лаврина", "Лаврова", "Лагина", "Лагунова", "Лазарева",
	"Лактионова", "Ланькова", "Лапина", "Лапутина", "Ларионова", "Латынина", "Лахтионова", "Лебедева", "Леванидова",
	"Левина", "Левитина", "Левонова", "Левонтьева", "Леонидова", "Леонова", "Леонтьева", "Лепёхина", "Лермонтова",
	"Лесина", "Лескова", "Ливанова", "Лидская", "Лимонова", "Липатова", "Липкина", "Липскерова", "Листьева", "Литаврина",
	"Литвинова", "Лиханова", "Личутина", "Лобанова", "Лобкова", "Ловчикова", "Логинова", "Ложкомоева", "Ломакина", "Ломова",
	"Ломоносова", "Лорченкова", "Лоскутова", "Лошкомоева", "Лугинова", "Лужина", "Лукина", "Лукошина", "Лукьянова",
	"Луппова", "Лутьянова", "Лыжина", "Лыткина", "Любимова", "Люкина", "Люсина", "Лялина", "Маврова", "Мазина", "Маканина",
	"Макарова", "Макарьева", "Макина", "Максимишина", "Максимова", "Максимушкина", "Малафеева", "Малахеева", "Малахова",
	"Маликова", "Малинина", "Малкина", "Малышева", "Малярова", "Мамантова", "Мамедова", "Мамлеева", "Мамонтова", "Мануйлова",
	"Манулкина", "Манылина", "Манылова", "Марамзина", "Маргелова", "Маринина", "Маркелова", "Маркианова", "Маркова",
	"Марковчина", "Мартемьянова", "Мартынова", "Мартытова", "Мартьянова", "Маслова", "Матвеева", "Машкина", "Маяковская",
	"Маятникова", "Медведева", "Медкова", "Мелитонова", "Мелихова", "Мельникова", "Мережковская", "Мерецкова", "Меркулова",
	"Меркульева", "Меркурова", "Меркурьева", "Меркушева", "Микитова", "Милова", "Минаева", "Минина", "Миронова",
	"Мирошникова", "Мисайлова", "Митрофанова", "Митрофаньева", "Мифтахутдинова", "Михаилова", "Михайлина", "Михайлова",
	"Михайловская", "Михеева", "Мишина", "Мишкина", "Мишнева", "Мишустина", "Могутина", "Модестова", "Можаева", "Мозгова",
	"Мозговая", "Мозжухина", "Моисеева", "Мойсеева", "Молчанова", "Монастырская", "Мордовцева", "Морковина", "Морозова",
	"Морщакова", "Мосеева", "Москвина", "Моторина", "Мохнаткина", "Мурманина", "Мурманова", "Мурмановская", "Мурманская",
	"Мурманцева", "Муромская", "Мухина", "Мышкина", "Мягкова", "Мясникова", "Набокова", "Нагибина", "Назарова", "Назарьева",
	"Нарбикова", "Нарицина", "Наседкина", "Насонова", "Наумова", "Нахапетова", "Невзорова", "Негина", "Незнанская",
	"Неклюдова", "Некрасова", "Немирова", "Немцова", "Немчинова", "Ненарокова", "Несмеянова", "Неспанова", "Нестерова",
	"Нетёсова", "Нефедьева", "Нефёдова", "Нехлюдова", "Нехорошева", "Нечаева", "Никандрова", "Никанорова", "Никитина",
	"Никифорова", "Никодимова", "Николаева", "Николина", "Никонова", "Никтитина", "Никулина", "Новгородцева", "Новикова",
	"Новодворская", "Новосельцева", "Новосёлова", "Норова", "Носкова", "Носова", "Обросимова", "Обухова", "Овдокимова",
	"Овечкина", "Овросимова", "Овсеева", "Овчинникова", "Огарева", "Оглоблина", "Одинцова", "Одоевская", "Окатова",
	"Окулова", "Окунева", "Олейникова", "Олимпиева", "Олисова", "Олсуфьева", "Олтухова", "Олферьева", "Омельянова",
	"Онисимова", "Опимахова", "Орехова", "Орлова", "Орловская", "Осеева", "Осинская", "Осипова", "Осокина", "Осоргина",
	"Остальская", "Останина", "Остапова", "Остафьева", "Остратова", "Островская", "Офросимова", "Охотина", "Очина",
	"Павлинова", "Павлова", "Павловская", "Палицина", "Пальцева", "Памфилова", "Панаева", "Панкеева", "Панкратова",
	"Панкратьева", "Панова", "Пантелеева", "Панфилова", "Панфильева", "Панюшкина", "Парамонова", "Парменьева", "Пармёнова",
	"Парфенчикова", "Парфеньева", "Парфёнова", "Паршова", "Парщикова", "Пастухова", "Патрикеева", "Паустовская",
	"Паушкина", "Пафнутьева", "Пафомова", "Пахмутова", "Пахомова", "Пахомьева", "Пашкова", "Пашковская", "Пелевина",
	"Первушина", "Пересторина", "Пермякова", "Перумова", "Перфильева", "Перфишина", "Перхурова", "Перхурьева", "Перцева",
	"Пескова", "Пестова", "Петелина", "Петрова", "Петрушевская", "Петухова", "Пивоварова", "Пигасова", "Пигасьева",
	"Пименова", "Писарева", "Писемская", "Питиримова", "Пияшева", "Плавильщикова", "Плакидина", "Платова", "Платонова",
	"Платухина", "Плотникова", "Плющева", "Победоносцева", "Подистова", "Подколзина", "Подушкова", "Покровская", "Полевая",
	"Поливанова", "Полиевктова", "Поликарпова", "Полокова", "Полуектова", "Полуехтова", "Полукарпова", "Полуянова",
	"Полуяхтова", "Полякова", "Поляновская", "Полянская", "Померанцева", "Помяловская", "Пономарева", "Поплавская",
	"Попова", "Попугаева", "Порфирьева", "Потапова", "Потапьева", "Привалова", "Пригова", "Пригожина", "Прилепина",
	"Приставкина", "Пришвина", "Проклова", "Прокопова", "Прокопьева", "Прокофьева", "Пророкова", "Просвирнина", "Протасова",
	"Протасьева", "Протоклитова", "Проханова", "Прохорова", "Прошина", "Прудникова", "Пруткова", "Пудеева", "Пудова",
	"Пупкина", "Путина", "Пучкова", "Пушкина", "Пчёлкина", "Пьянова", "Работникова", "Радзинская", "Радивонова", "Радищева",
	"Радугина", "Развожаева", "Ракова", "Ранцова", "Распутина", "Расторгуева", "Ратникова", "Рахматуллина", "Рачкова",
	"Ремезова", "Ремизова", "Репникова", "Ржевская", "Римская", "Рогова", "Родивонова", "Родионова", "Родченкова",
	"Рожкова", "Розанова", "Ромазанова", "Романова", "Ростова", "Рубанова", "Рубина", "Русакова", "Рыбакова", "Рылеева",
	"Рыльникова", "Рысева", "Рябова", "Саблина", "Саватеева", "Саватьева", "Савельева", "Савина", "Савинова", "Савкина",
	"Савостьянова", "Савёлова", "Садофова", "Садофьева", "Садулаева", "Сажина", "Сазонова", "Сакина", "Саломатова",
	"Сальникова", "Самойлова", "Самсонова", "Самылина", "Самылова", "Санаева", "Сапронова", "Сапрыкина", "Сараскина",
	"Сафонова", "Сафронова", "Сахарнова", "Сахновская", "Сбитнева", "Сбруева", "Светлова", "Свечина", "Свиридова", "Свитнева",
	"Севастьянова", "Северьянова", "Северянина", "Сейдова", "Селиверстова", "Селина", "Семенова", "Семёнова", "Сенчина",
	"Сергеева", "Серебренникова", "Серебрянская", "Серова", "Сиднина", "Сидоркина", "Сидорова", "Силина", "Симбирская",
	"Симеонова", "Симонова", "Синявская", "Синякина", "Ситникова", "Скапидарова", "Скатова", "Скворцова", "Скоробогатова",
	"Скороходова", "Скульская", "Скуратова", "Славина", "Славникова", "Слаповская", "Слепнева", "Слепухина", "Слюнькова",
	"Смехова", "Смирнова", "Смоленская", "Смолина", "Смольникова", "Смородинская", "Снегирева", "Собакина", "Соболева",
	"Советова", "Согрина", "Созонова", "Созонтова", "Сокова", "Соколова", "Сокурова", "Солженицина", "Солнцева",
	"Соловьева", "Солодникова", "Соломатина", "Солопова", "Сопронова", "Сорбатская", "Сорокина", "Соротокина",
	"Сотникова", "Софонова", "Софронова", "Софроньева", "Сошникова", "Спиридонова", "Спиридоньева", "Ставрогина",
	"Старикова", "Старкова", "Стародубцева", "Степанова", "Степная", "Стефашина", "Стогова", "Стратоникова", "Стрелкова",
	"Субботина", "Суворова", "Сударушкина", "Сумарокова", "Супрунова", "Сурова", "Суханова", "Сухилина", "Сухова",
	"Сысоева", "Сычева", "Сычина", "Табакова", "Табатчикова", "Таланова", "Таралова", "Тарасова", "Тарасьева",
	"Тарковская", "Тарусова", "Тархова", "Тасбулатова", "Тендрякова", "Терентьева", "Терехова", "Терешкова", "Тесакова",
	"Тетерина", "Тимофеева", "Титова", "Тиханина", "Тихомирова", "Тихонова", "Тованичева", "Токарева", "Толстая",
	"Топчиева", "Торлопова", "Третьякова", "Трефилова", "Трефильева", "Трифонова", "Тропина", "Трофимова", "Трудолюбова",
	"Труфанова", "Тургенева", "Турова", "Туровская", "Тучкова", "Тынянова", "Тюльпанова", "Тютчева", "Тёмкина", "Уварова",
	"Углева", "Удалова", "Удальцова", "Удачина", "Удодова", "Ульянова", "Упатова", "Успенская", "Устинова", "Устьянова",
	"Уткина", "Утёсова", "Фавстова", "Фадеева", "Фалалеева", "Фандеева", "Фатеева", "Фатьянова", "Федина", "Федорова",
	"Федосеева", "Федосова", "Федосьева", "Федотова", "Федотьева", "Федулеева", "Федулина", "Федулова", "Феклисова",
	"Фенева", "Феоктистова", "Феонина", "Феофанова", "Феофилактова", "Феофилова", "Фетисова", "Фефилова", "Филаретова",
	"Филатова", "Филатьева", "Филахтова", "Филимонихина", "Филимонова", "Филипова", "Филиппова", "Филиппьева", "Филипьева",
	"Филкова", "Филонова", "Философова", "Фионина", "Фирсова", "Флегонтова", "Флегонтьева", "Фокина", "Фомина", "Фонвизина",
	"Фортунатова", "Фотеева", "Фотиева", "Фотьева", "Фофанова", "Фролова", "Фурманова", "Фурсова", "Фурцева", "Фёдорова",
	"Хадеева", "Хазанова", "Хазина", "Харитонова", "Харламова", "Харлампиева", "Хаустова", "Хемлина", "Хераскова",
	"Хлестакова", "Хлопонина", "Хлумова", "Хохлова", "Хрисогонова", "Христофорова", "Цветанкова", "Цветкова", "Цепова",
	"Цыганова", "Цыпкина", "Чаплина", "Чаплыгина", "Чарская", "Чарушникова", "Чванова", "Чекмаева", "Черепанова",
	"Черепенникова", "Черкашина", "Чернева", "Чернова", "Черноусова", "Чернышева", "Чернышевская", "Чертанова",
	"Черчесова", "Чехова", "Чивилихина", "Чижова", "Чикова", "Чипчикова", "Чиркова", "Чистова", "Чичваркина", "Чудакова",
	"Чудинова", "Чуковская", "Чумакова", "Чуприянова", "Чурилова", "Чурова", "Шабалова", "Шакирова", "Шаламова", "Шаликова",
	"Шалыганова", "Шамбарова", "Шапошникова", "Шарапова", "Шаргунова", "Шарова", "Шахмагонова", "Шашкова", "Шевцова",
	"Шемякина", "Шепилова", "Шерстобитова", "Шестакова", "Шестинская", "Шесткова", "Шеянова", "Шилова", "Ширяева", "Шишкина",
	"Шишкова", "Шмелева", "Шолохова", "Шпанова", "Шубина", "Шукшина", "Шуртакова", "Щеглова", "Щекина", "Щекочихина",
	"Щелконогова", "Щепкина", "Щербакова", "Щербина", "Щукина", "Эмина", "Юдина", "Юдова", "Юрская", "Юхновская", "Яворская",
	"Ягужинская", "Ядова", "Язова", "Якимова", "Яковлева", "Якушева", "Янина", "Янковская", "Янова", "Ярина",
	"Яськова", "Яхина",
}

// GetPerson returns a new Dowser interface of Person struct
func GetPerson() Dowser {
	person := &Person{}
	return person
}

// Person struct
type Person struct {
}

func (p Person) titlemale() string {
	return randomElementFromSliceString(titlesMale)
}

// TitleMale generates random titles for males
func (p Person) TitleMale(v reflect.Value) (interface{}, error) {
	return p.titlemale(), nil
}

// TitleMale get a title male randomly in string ("Mr.", "Dr.", "Prof.", "Lord", "King", "Prince")
func TitleMale(opts ...options.OptionFunc) string {
	return singleFakeData(TitleMaleTag, func() interface{} {
		p := Person{}
		return p.titlemale()
	}, opts...).(string)
}

func (p Person) titleFemale() string {
	return randomElementFromSliceString(titlesFemale)
}

// TitleFeMale generates random titles for females
func (p Person) TitleFeMale(v reflect.Value) (interface{}, error) {
	return p.titleFemale(), nil
}

// TitleFemale get a title female randomly in string ("Mrs.", "Ms.", "Miss", "Dr.", "Prof.", "Lady", "Queen", "Princess")
func TitleFemale(opts ...options.OptionFunc) string {
	return singleFakeData(TitleFemaleTag, func() interface{} {
		p := Person{}
		return p.titleFemale()
	}, opts...).(string)
}

func (p Person) firstname() string {
	return randomElementFromSliceString(firstNames)
}

// FirstName returns first names
func (p Person) FirstName(v reflect.Value) (interface{}, error) {
	return p.firstname(), nil
}

// FirstName get fake firstname
func FirstName(opts ...options.OptionFunc) string {
	return singleFakeData(FirstNameTag, func() interface{} {
		p := Person{}
		return p.firstname()
	}, opts...).(string)
}

func (p Person) firstnamemale() string {
	return randomElementFromSliceString(firstNamesMale)
}

// FirstNameMale returns first names for males
func (p Person) FirstNameMale(v reflect.Value) (interface{}, error) {
	return p.firstnamemale(), nil
}

// FirstNameMale get fake firstname for male
func FirstNameMale(opts ...options.OptionFunc) string {
	return singleFakeData(FirstNameMaleTag, func() interface{} {
		p := Person{}
		return p.firstnamemale()
	}, opts...).(string)
}

func (p Person) firstnamefemale() string {
	return randomElementFromSliceString(firstNamesFemale)
}

// FirstNameFemale returns first names for females
func (p Person) FirstNameFemale(v reflect.Value) (interface{}, error) {
	return p.firstnamefemale(), nil
}

// FirstNameFemale get fake firstname for female
func FirstNameFemale(opts ...options.OptionFunc) string {
	return singleFakeData(FirstNameFemaleTag, func() interface{} {
		p := Person{}
		return p.firstnamefemale()
	}, opts...).(string)
}

func (p Person) lastname() string {
	return randomElementFromSliceString(lastNames)
}

// LastName returns last name
func (p Person) LastName(v reflect.Value) (interface{}, error) {
	return p.lastname(), nil
}

// LastName get fake lastname
func LastName(opts ...options.OptionFunc) string {
	return singleFakeData(LastNameTag, func() interface{} {
		p := Person{}
		return p.lastname()
	}, opts...).(string)
}

func (p Person) name() string {
	if randNameFlag > 50 {
		return fmt.Sprintf("%s %s %s", randomElementFromSliceString(titlesFemale), randomElementFromSliceString(firstNamesFemale), randomElementFromSliceString(lastNames))
	}
	return fmt.Sprintf("%s %s %s", randomElementFromSliceString(titlesMale), randomElementFromSliceString(firstNamesMale), randomElementFromSliceString(lastNames))
}

// Name returns a random name
func (p Person) Name(v reflect.Value) (interface{}, error) {
	return p.name(), nil
}

// Name get fake name
func Name(opts ...options.OptionFunc) string {
	return singleFakeData(NAME, func() interface{} {
		p := Person{}
		return p.name()
	}, opts...).(string)
}

// Gender returns a random gender
func (p Person) Gender(v reflect.Value) (interface{}, error) {
	return p.gender(), nil
}

func (p Person) gender() string {
	return randomElementFromSliceString(genders)
}

// Gender get fake gender
func Gender(opts ...options.OptionFunc) string {
	return singleFakeData(GENDER, func() interface{} {
		p := Person{}
		return p.gender()
	}, opts...).(string)
}

// ChineseFirstName returns a random chinese first name
func (p Person) ChineseFirstName(v reflect.Value) (interface{}, error) {
	return p.chineseFirstName(), nil
}

func (p Person) chineseFirstName() string {
	return randomElementFromSliceString(chineseFirstNames)
}

// ChineseFirstName get chinese first name
func ChineseFirstName(opts ...options.OptionFunc) string {
	return singleFakeData(ChineseFirstNameTag, func() interface{} {
		p := Person{}
		return p.chineseFirstName()
	}, opts...).(string)
}

// ChineseLastName returns a random chinese last name
func (p Person) ChineseLastName(v reflect.Value) (interface{}, error) {
	return p.chineseLastName(), nil
}

func (p Person) chineseLastName() string {
	return randomElementFromSliceString(chineseLastNames)
}

// ChineseLastName get chinese lsst name
func ChineseLastName(opts ...options.OptionFunc) string {
	return singleFakeData(ChineseLastNameTag, func() interface{} {
		p := Person{}
		return p.chineseLastName()
	}, opts...).(string)
}

// ChineseName returns a random nhinese name
func (p Person) ChineseName(v reflect.Value) (interface{}, error) {
	return p.chineseName(), nil
}

func (p Person) chineseName() string {
	return fmt.Sprintf("%s%s", randomElementFromSliceString(chineseFirstNames), randomElementFromSliceString(chineseLastNames))
}

// ChineseName get chinese lsst name
func ChineseName(opts ...options.OptionFunc) string {
	return singleFakeData(ChineseNameTag, func() interface{} {
		p := Person{}
		return p.chineseName()
	}, opts...).(string)
}

func (p Person) russianFirstNameMale() string {
	return randomElementFromSliceString(russianFirstNamesMale)
}

func (p Person) russianLastNameMale() string {
	return randomElementFromSliceString(russianLastNamesMale)
}

func (p Person) russianFirstNameFemale() string {
	return randomElementFromSliceString(russianFirstNamesFemale)
}

func (p Person) russianLastNameFemale() string {
	return randomElementFromSliceString(russianLastNamesFemale)
}

// RussianFirstNameMale returns russian male firstname
func (p Person) RussianFirstNameMale(v reflect.Value) (interface{}, error) {
	return p.russianFirstNameMale(), nil
}

// RussianFirstNameFemale returns russian female firstname
func (p Person) RussianFirstNameFemale(v reflect.Value) (interface{}, error) {
	return p.russianFirstNameFemale(), nil
}

// RussianLastNameMale returns russian male lastname
func (p Person) RussianLastNameMale(v reflect.Value) (interface{}, error) {
	return p.russianLastNameMale(), nil
}

// RussianLastNameFemale returns russian female lastname
func (p Person) RussianLastNameFemale(v reflect.Value) (interface{}, error) {
	return p.russianLastNameFemale(), nil
}
