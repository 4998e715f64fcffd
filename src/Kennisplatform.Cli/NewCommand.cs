using Kennisplatform.Content;

namespace Kennisplatform.Cli;

/// <summary><c>kennisplatform new &lt;type&gt; "Titel" [--kring SLUG] [--content DIR]</c>: a new page from its template.</summary>
public static class NewCommand
{
    /// <summary>Writes the new file and says where; refuses to overwrite.</summary>
    public static int Run(Arguments args, DateOnly today)
    {
        var folder = args.Get("content", "content");
        if (args.Positional.Count < 2 || DocumentTypes.FromKey(args.Positional[0]) is not { } type || type == DocumentType.Pagina)
        {
            var types = string.Join(", ", Enum.GetValues<DocumentType>().Where(t => t != DocumentType.Pagina).Select(t => t.Key()));
            Console.Error.WriteLine($"usage: kennisplatform new <type> \"Titel\" [--kring SLUG] [--content DIR]; types: {types}");
            return 2;
        }
        var title = args.Positional[1].Trim();
        var circle = args.Get("kring", "");
        if (type == DocumentType.Bijeenkomst && !File.Exists(Path.Combine(folder, "kenniskringen", circle, "index.md")))
        {
            Console.Error.WriteLine("a bijeenkomst belongs to a kenniskring: give --kring with the folder name of an existing circle");
            return 2;
        }
        var template = Path.Combine(folder, DocumentScaffold.TemplateFolder, type.Key() + ".md");
        if (!File.Exists(template))
        {
            Console.Error.WriteLine($"{template}: template not found");
            return 1;
        }
        var relative = DocumentScaffold.PathFor(type, title, today, circle);
        var target = Path.Combine(folder, relative);
        if (File.Exists(target))
        {
            Console.Error.WriteLine($"{target}: already exists; choose another title or edit that file");
            return 1;
        }
        var existing = ContentLoader.Load(folder).Documents;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, DocumentScaffold.Fill(File.ReadAllText(template), title, today, existing));
        Console.WriteLine($"Created {target.Replace('\\', '/')}. Fill it in, then run 'kennisplatform check'.");
        return 0;
    }
}
