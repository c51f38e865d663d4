// Runs after `mvn archetype:generate`: the archetype plugin copies files without their permissions, so the
// generated project's Maven wrapper and manage launcher get their executable bit back here (./manage, not sh manage).
def project = new File(request.outputDirectory, request.artifactId)
['mvnw', 'manage'].each { name ->
    def script = new File(project, name)
    if (script.isFile() && !script.setExecutable(true, false)) {
        println "Could not make ${script} executable: run chmod +x ${name} (or sh ${name} ...)."
    }
}
