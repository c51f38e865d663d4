// Runs after `mvn archetype:generate`: the archetype plugin copies files without their permissions, so the
// generated project's Maven wrapper gets its executable bit back here (./mvnw, not sh mvnw).
def mvnw = new File(new File(request.outputDirectory, request.artifactId), "mvnw")
if (mvnw.isFile() && !mvnw.setExecutable(true, false)) {
    println "Could not make ${mvnw} executable: run chmod +x mvnw (or sh mvnw ...)."
}
