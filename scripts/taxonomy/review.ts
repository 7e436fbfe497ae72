// Decisions from reviewing the generated taxonomy by hand: source entries to leave out, and which plain
// capitalized words from the sources are product names only (no supporting context needed) or may
// stay as everyday-word spellings that need context. Any other plain-word alias from a source is dropped.

/** source names that are not skills a CV should be credited with, or that are mostly everyday words */
export const excludedNames = new Set<string>(
  (
    "Web browser|Operating system|Social media|Shell|Cairo|Chapel|Dylan|Faust|Hare|Harbour|Isabelle|Racket|" +
    "Reason|Singularity|Bison|Metal|Mojo|Clarity|Elvish|Eiffel|Gherkin|Source|Learn|Database|Reports|Jersey|" +
    "Sunrise|Millennium|Inventor|Shiva|RAGE|Salt|Canvas|Scratch|Thrift|Absorb|Smarty|Snort|Quicken|Ceylon|" +
    "Bicep|Audacity|Asymptote|Frostbite|Cypher|Lex|Mako|Meson|Gleam|Vala|Email|Internet|Computer|Software|" +
    "ECLiPSe|ShellSession|F*|Act!"
  ).split("|"),
);

/** capitalized single words from the sources that are never everyday English words */
export const distinctiveWords = new Set<string>(
  (
    "Airtable Aircrack Agda Augeas Awk Backbox Batchfile Bluespec Brightscript Brightspace Bugzilla Cangjie " +
    "Circom Codenvy Csound Cython Dafny Daslang Desmos Dhall Dropbox Edmodo Edpuzzle Engrade Evernote Filemaker " +
    "Filterscript Flickr Flipgrid Futhark Genshi Geogebra Gnuplot Gosu Grovo Haxe Idris Jison Jsonnet Kapwing " +
    "Liquidsoap Litmos Luau Maltego Mathcad Mentimeter Minitab Modelica Moocode Motoko Myghty Nearpod Nessus " +
    "Nexpose Nextflow Nushell Oxygene Padlet Portugol Praat Pyret Quizlet Raku Redcode Redscript Sakai " +
    "Schoology Scilab Screencastify Skype Snakemake Starlark Synfig Taleo Tcl Tcpdump Tcsh Terramodel Typst " +
    "Turnitin Vyper Webex Xmake Xojo Xonsh Xtend Yacc Yul Zeek Solr Sqoop Oozie Avro Dreamweaver Teradata " +
    "Eloqua Gmail Solaris Hyperion Concur Captivate Acrobat"
  ).split(" "),
);

/** plain-word aliases from the sources kept as everyday-word spellings: they count only with context */
export const contextWords = new Set<string>(
  "Hive Pig Tomcat Flume Ant Keynote Publisher Dynamics Exchange".split(" "),
);

/**
 * aliases from the sources that name something else in a CV: a field of study ("information technology"
 * is a degree, not the ESCO skill), a generic phrase ("design software") or another trade's term ("power
 * systems" is electrical engineering far more often than IBM's servers)
 */
export const excludedAliases = new Set<string>([
  "information technology",
  "design software",
  "Power Systems",
]);
