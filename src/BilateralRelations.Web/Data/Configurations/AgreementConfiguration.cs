using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.HasIndex(a => new { a.RelationId, a.Slug }).IsUnique();
        builder.HasIndex(a => a.StartDate);
        builder.HasOne(a => a.Relation).WithMany(r => r.Agreements).HasForeignKey(a => a.RelationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Parties).WithMany().UsingEntity("AgreementParty");
    }
}
